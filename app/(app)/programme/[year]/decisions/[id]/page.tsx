import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminDocument } from "@/components/documents/admin-document";
import { PrintButton } from "@/components/programme/print-button";
import { Table } from "@/components/ui/table";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { getDecisionDocument } from "@/lib/server/decisions/get-approval-board";
import { t, vi } from "@/lib/i18n/vi";

/** The decision in the layout of a Vietnamese administrative document, printable, with its Excel download. */
export default async function DecisionPage({ params }: { params: Promise<{ year: string; id: string }> }) {
  const { year, id } = await params;
  const actor = await requirePageActor("programme.view");
  const d = await loadOrNotFound(() => getDecisionDocument(actor, id));
  if (String(d.programme.year) !== year) notFound();
  const s = vi.programme.decision;
  const province = d.programme.province.name;
  const place = province.replace(/^(Tỉnh|Thành phố)\s+/, "");
  const [day, month, y] = formatDate(d.date).split("/").map(Number);
  const list = d.communes;
  const district = d.levels.districtColumn;
  const committee = (d.programme.province.committeeName ?? `Ban Chỉ đạo 138 ${province}`).toUpperCase();
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap gap-3">
        <Link className="text-brand-700 underline" href={`/programme/${year}`}>{t(vi.programme.title, { year })}</Link>
        <PrintButton label={s.print} />
        <a className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-4 text-sm" href={`/api/programme/decisions/${d.id}/xlsx`}>{vi.programme.approval.excel}</a>
      </div>
      <AdminDocument
        issuer={[t(s.issuerPrefix, { province }), committee]}
        number={d.number}
        place={place}
        date={{ day, month, year: y }}
        title={s.title}
        subtitle={t(d.kind === "ORIGINAL" ? s.about : s.aboutAmend, { year: d.programme.year })}
        recipients={[...s.recipients]}
        signer={{ onBehalf: s.onBehalf, title: d.signatoryTitle, name: d.signatoryName }}
      >
        <p className="text-center font-bold uppercase">{committee}</p>
        <p className="italic">{t(s.basis, { number: d.programme.planNumber, date: formatDate(d.programme.planDate), year: d.programme.year })}</p>
        <p className="italic">{s.proposedBy}</p>
        <p className="text-center font-bold">{s.decides}</p>
        <p>
          <strong>Điều 1.</strong>{" "}
          {d.kind === "ORIGINAL"
            ? t(s.article1, { count: list.length, year: d.programme.year })
            : t(s.article1Amend, { year: d.programme.year, note: d.note ?? "" })}
        </p>
        {list.length ? (
          <Table head={[s.columns[0], s.columns[1], ...(district ? [district] : []), s.columns[2]]}>
            {list.map((c, i) => (
              <tr key={c.code}>
                <td>{i + 1}</td>
                <td>{c.name}</td>
                {district ? <td>{c.district}</td> : null}
                <td>{c.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}</td>
              </tr>
            ))}
          </Table>
        ) : null}
        <p><strong>Điều 2.</strong> {t(s.article2, { committees: d.levels.localCommittees })}</p>
        <p><strong>Điều 3.</strong> {s.article3}</p>
      </AdminDocument>
    </>
  );
}
