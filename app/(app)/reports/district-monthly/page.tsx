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
  const p = { ...reportParams(raw), raw };
  if (!p.unitId && actor.unitLevel === "PROVINCE") redirect("/reports");
  let loaded;
  try {
    loaded = await loadOrNotFound(() => loadDistrictMonthlyDocument(actor, p.raw));
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION") return <Notice tone="warning">{e.message}</Notice>;
    throw e;
  }
  const { doc, report: r } = loaded;
  const query = { unitId: r.unit.id, year: r.year, month: r.month };
  return (
    <ReportShell excelHref={`/reports/district-monthly/xlsx${reportQuery(query)}`} docx={{ href: docxHref("district-monthly", query), doc }}>
      <OfficialDocumentView doc={doc} />
    </ReportShell>
  );
}
