import { requireActor } from "@/lib/authz/access";
import { getInterimReport } from "@/lib/server/reports/get-interim-report";
import { interimWorkbook } from "@/lib/server/reports/report-xlsx";
import { reportParams } from "@/lib/server/reports/params";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireActor("report.view");
    const p = reportParams(new URL(request.url).searchParams);
    const r = await getInterimReport(actor, p.unitId, p.year);
    return xlsxResponse(await interimWorkbook(r), `bao-cao-so-ket-6-thang-${r.year}.xlsx`);
  } catch (error) {
    return downloadError(error);
  }
}
