import { OfficialDocumentView } from "@/components/documents/official-document-view";
import { ReportShell } from "@/components/reports/report-shell";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { docxHref } from "@/lib/documents/docx-href";
import { loadYearEndDocument } from "@/lib/server/documents/kinds/report-documents";
import { reportQuery } from "@/lib/server/reports/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The year-end report, printable, with its Excel and Word downloads (same document as the Word file). */
export default async function YearEndReportPage({ searchParams }: Props) {
  const actor = await requirePageActor("report.view");
  const { doc, report } = await loadOrNotFound(async () => loadYearEndDocument(actor, await searchParams));
  return (
    <ReportShell
      excelHref={`/reports/year-end/xlsx${reportQuery({ unitId: report.unit.id, year: report.year })}`}
      docx={{ href: docxHref("year-end", { unitId: report.unit.id, year: report.year }), doc }}
    >
      <OfficialDocumentView doc={doc} />
    </ReportShell>
  );
}
