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
  const { doc, decision: decisionData } = await loadOrNotFound(() => loadDecisionDocument(actor, id));
  if (String(decisionData.programme.year) !== year) notFound();
  const text = vi.programme.decision;
  const list = decisionData.communes;
  const committee = (
    decisionData.programme.province.committeeName ?? `Ban Chỉ đạo 138 ${decisionData.programme.province.name}`
  ).toUpperCase();
  const wordHref = docxHref("decision", { id: decisionData.id });
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap gap-3">
        <Link className="text-brand-700 underline" href={`/programme/${year}`}>
          {t(vi.programme.title, { year })}
        </Link>
        <PrintButton label={text.print} />
        <a
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-4 text-sm"
          href={`/api/programme/decisions/${decisionData.id}/xlsx`}
        >
          {vi.programme.approval.excel}
        </a>
        <DocxLink href={wordHref} />
      </div>
      <DocxOverrideForm href={wordHref} doc={doc} />
      <AdminDocument
        issuer={doc.issuer}
        number={doc.number}
        place={doc.place}
        date={doc.date}
        title={text.title}
        subtitle={t(decisionData.kind === "ORIGINAL" ? text.about : text.aboutAmend, {
          year: decisionData.programme.year,
        })}
        recipients={doc.recipients}
        signer={doc.signer}
      >
        <p className="text-center font-bold uppercase">{committee}</p>
        <p className="italic">
          {t(text.basis, {
            number: decisionData.programme.planNumber,
            date: formatDate(decisionData.programme.planDate),
            year: decisionData.programme.year,
          })}
        </p>
        <p className="italic">{text.proposedBy}</p>
        <p className="text-center font-bold">{text.decides}</p>
        <p>
          <strong>Điều 1.</strong>{" "}
          {decisionData.kind === "ORIGINAL"
            ? t(text.article1, { count: list.length, year: decisionData.programme.year })
            : t(text.article1Amend, { year: decisionData.programme.year, note: decisionData.note ?? "" })}
        </p>
        {list.length ? (
          <Table head={decisionHead(decisionData)}>
            {decisionRows(decisionData).map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </Table>
        ) : null}
        <p>
          <strong>Điều 2.</strong> {t(text.article2, { committees: decisionData.levels.localCommittees })}
        </p>
        <p>
          <strong>Điều 3.</strong> {text.article3}
        </p>
      </AdminDocument>
    </>
  );
}
