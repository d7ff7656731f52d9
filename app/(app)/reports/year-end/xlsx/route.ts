import { requireActor } from "@/lib/authz/access";
import { getYearEndReport } from "@/lib/server/reports/get-year-end-report";
import { yearEndWorkbook } from "@/lib/server/reports/report-xlsx";
import { reportParams } from "@/lib/server/reports/params";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireActor("report.view");
    const query = reportParams(new URL(request.url).searchParams);
    const yearEndReport = await getYearEndReport(actor, query.unitId, query.year);
    return xlsxResponse(await yearEndWorkbook(yearEndReport), `bao-cao-tong-ket-${yearEndReport.year}.xlsx`);
  } catch (error) {
    return downloadError(error);
  }
}
