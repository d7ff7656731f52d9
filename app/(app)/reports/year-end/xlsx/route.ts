import { requireActor } from "@/lib/authz/access";
import { getYearEndReport } from "@/lib/server/reports/get-year-end-report";
import { yearEndWorkbook } from "@/lib/server/reports/report-xlsx";
import { reportParams } from "@/lib/server/reports/params";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireActor("report.view");
    const p = reportParams(new URL(request.url).searchParams);
    const r = await getYearEndReport(actor, p.unitId, p.year);
    return xlsxResponse(await yearEndWorkbook(r), `bao-cao-tong-ket-${r.year}.xlsx`);
  } catch (error) {
    return downloadError(error);
  }
}
