import { requireActor } from "@/lib/authz/access";
import { getDistrictMonthlyReport } from "@/lib/server/reports/get-district-monthly-report";
import { districtMonthlyWorkbook } from "@/lib/server/reports/report-xlsx";
import { reportParams } from "@/lib/server/reports/params";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireActor("report.view");
    const query = reportParams(new URL(request.url).searchParams);
    const districtMonthlyReport = await getDistrictMonthlyReport(actor, query.unitId, query.year, query.month);
    return xlsxResponse(
      await districtMonthlyWorkbook(districtMonthlyReport),
      `bao-cao-thang-${districtMonthlyReport.month}-${districtMonthlyReport.year}.xlsx`,
    );
  } catch (error) {
    return downloadError(error);
  }
}
