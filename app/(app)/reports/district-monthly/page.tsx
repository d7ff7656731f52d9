import { redirect } from "next/navigation";
import { OfficialDocumentView } from "@/components/documents/official-document-view";
import { ReportShell } from "@/components/reports/report-shell";
import { Notice } from "@/components/ui/card";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { AppError } from "@/lib/errors";
import { docxHref } from "@/lib/documents/docx-href";
import { loadDistrictMonthlyDocument } from "@/lib/server/documents/kinds/report-documents";
import { reportParams, reportQuery } from "@/lib/server/reports/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The district committee's monthly report, printable, with its Excel and Word downloads. */
export default async function DistrictMonthlyReportPage({ searchParams }: Props) {
  const actor = await requirePageActor("report.view");
  const raw = await searchParams;
  const params = { ...reportParams(raw), raw };
  if (!params.unitId && actor.unitLevel === "PROVINCE") redirect("/reports");
  let loaded;
  try {
    loaded = await loadOrNotFound(() => loadDistrictMonthlyDocument(actor, params.raw));
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION")
      return <Notice tone="warning">{error.message}</Notice>;
    throw error;
  }
  const { doc, report } = loaded;
  const query = { unitId: report.unit.id, year: report.year, month: report.month };
  return (
    <ReportShell
      excelHref={`/reports/district-monthly/xlsx${reportQuery(query)}`}
      docx={{ href: docxHref("district-monthly", query), doc }}
    >
      <OfficialDocumentView doc={doc} />
    </ReportShell>
  );
}
