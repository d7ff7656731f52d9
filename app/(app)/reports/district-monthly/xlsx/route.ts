import { requireActor } from "@/lib/authz/access";
import { getDistrictMonthlyReport } from "@/lib/server/reports/get-district-monthly-report";
import { districtMonthlyWorkbook } from "@/lib/server/reports/report-xlsx";
import { reportParams } from "@/lib/server/reports/params";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireActor("report.view");
    const p = reportParams(new URL(request.url).searchParams);
    const r = await getDistrictMonthlyReport(actor, p.unitId, p.year, p.month);
    return xlsxResponse(await districtMonthlyWorkbook(r), `bao-cao-thang-${r.month}-${r.year}.xlsx`);
  } catch (error) {
    return downloadError(error);
  }
}
