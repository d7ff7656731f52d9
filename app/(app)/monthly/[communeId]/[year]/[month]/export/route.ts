import { requireActor } from "@/lib/authz/access";
import { AppError } from "@/lib/errors";
import { exportMonthlyWorkbook } from "@/lib/server/monthly/export-monthly-workbook";
import { xlsxResponse } from "@/lib/server/http-download";

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ communeId: string; year: string; month: string }> },
) {
  try {
    const actor = await requireActor("monthly.view");
    const routeParams = await params;
    const { buffer, fileName } = await exportMonthlyWorkbook(actor, {
      communeId: routeParams.communeId,
      year: Number(routeParams.year),
      month: Number(routeParams.month),
    });
    return xlsxResponse(buffer, fileName);
  } catch (error) {
    if (error instanceof AppError)
      return new Response(error.message, { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    throw error;
  }
}
