import { OfficialDocumentView } from "@/components/documents/official-document-view";
import { ReportShell } from "@/components/reports/report-shell";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { docxHref } from "@/lib/documents/docx-href";
import { loadInterimDocument } from "@/lib/server/documents/kinds/report-documents";
import { reportQuery } from "@/lib/server/reports/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The interim (6-month) report, printable, with its Excel and Word downloads (same document as the Word file). */
export default async function InterimReportPage({ searchParams }: Props) {
  const actor = await requirePageActor("report.view");
  const { doc, report } = await loadOrNotFound(async () => loadInterimDocument(actor, await searchParams));
  return (
    <ReportShell
      excelHref={`/reports/interim/xlsx${reportQuery({ unitId: report.unit.id, year: report.year })}`}
      docx={{ href: docxHref("interim", { unitId: report.unit.id, year: report.year }), doc }}
    >
      <OfficialDocumentView doc={doc} />
    </ReportShell>
  );
}
