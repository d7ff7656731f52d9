import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminDocument } from "@/components/documents/admin-document";
import { DocxLink, DocxOverrideForm } from "@/components/documents/docx-download";
import { PrintButton } from "@/components/programme/print-button";
import { Table } from "@/components/ui/table";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { docxHref } from "@/lib/documents/docx-href";
import { formatDate } from "@/lib/format";
import { decisionHead, decisionRows, loadDecisionDocument } from "@/lib/server/documents/kinds/programme-documents";
import { t, vi } from "@/lib/i18n/vi";

/** The decision in the layout of a Vietnamese administrative document, printable, with its Excel download. */
export default async function DecisionPage({ params }: { params: Promise<{ year: string; id: string }> }) {
  const { year, id } = await params;
  const actor = await requirePageActor("programme.view");
  // `doc` is the decision as its Word file holds it: the header, signatory and "Nơi nhận" below come from it.
  const { doc, decision: d } = await loadOrNotFound(() => loadDecisionDocument(actor, id));
  if (String(d.programme.year) !== year) notFound();
  const s = vi.programme.decision;
  const list = d.communes;
  const committee = (d.programme.province.committeeName ?? `Ban Chỉ đạo 138 ${d.programme.province.name}`).toUpperCase();
  const wordHref = docxHref("decision", { id: d.id });
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap gap-3">
        <Link className="text-brand-700 underline" href={`/programme/${year}`}>{t(vi.programme.title, { year })}</Link>
        <PrintButton label={s.print} />
        <a className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-4 text-sm" href={`/api/programme/decisions/${d.id}/xlsx`}>{vi.programme.approval.excel}</a>
        <DocxLink href={wordHref} />
      </div>
      <DocxOverrideForm href={wordHref} doc={doc} />
      <AdminDocument
        issuer={doc.issuer}
        number={doc.number}
        place={doc.place}
        date={doc.date}
        title={s.title}
        subtitle={t(d.kind === "ORIGINAL" ? s.about : s.aboutAmend, { year: d.programme.year })}
        recipients={doc.recipients}
        signer={doc.signer}
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
          <Table head={decisionHead(d)}>
            {decisionRows(d).map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) => <td key={i}>{cell}</td>)}
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
