import { requireActor } from "@/lib/authz/access";
import { getInterimReport } from "@/lib/server/reports/get-interim-report";
import { interimWorkbook } from "@/lib/server/reports/report-xlsx";
import { reportParams } from "@/lib/server/reports/params";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireActor("report.view");
    const query = reportParams(new URL(request.url).searchParams);
    const interimReport = await getInterimReport(actor, query.unitId, query.year);
    return xlsxResponse(await interimWorkbook(interimReport), `bao-cao-so-ket-6-thang-${interimReport.year}.xlsx`);
  } catch (error) {
    return downloadError(error);
  }
}
