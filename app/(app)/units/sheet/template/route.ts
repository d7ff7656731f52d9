import { requireActor } from "@/lib/authz/access";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";
import { unitSheetTemplate } from "@/lib/server/units/unit-sheet-template";

export const dynamic = "force-dynamic";

/** The units spreadsheet template (no data of any unit). */
export async function GET() {
  try {
    await requireActor("unit.manage");
    return xlsxResponse(await unitSheetTemplate(), "mau-don-vi.xlsx");
  } catch (error) {
    return downloadError(error);
  }
}
