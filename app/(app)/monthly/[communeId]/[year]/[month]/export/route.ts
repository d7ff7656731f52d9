import { requireActor } from "@/lib/authz/access";
import { AppError } from "@/lib/errors";
import { exportMonthlyWorkbook } from "@/lib/server/monthly/export-monthly-workbook";
import { xlsxResponse } from "@/lib/server/http-download";

export async function GET(_req: Request, { params }: { params: Promise<{ communeId: string; year: string; month: string }> }) {
  try {
    const actor = await requireActor("monthly.view");
    const p = await params;
    const { buffer, fileName } = await exportMonthlyWorkbook(actor, {
      communeId: p.communeId,
      year: Number(p.year),
      month: Number(p.month),
    });
    return xlsxResponse(buffer, fileName);
  } catch (e) {
    if (e instanceof AppError) return new Response(e.message, { status: e.code === "UNAUTHENTICATED" ? 401 : 404 });
    throw e;
  }
}
