import "server-only";
import { vi } from "@/lib/i18n/vi";
import { writeTable } from "@/lib/server/spreadsheet";

const text = vi.golive.unitSheet;

/** The template: headers and two example rows (a former district ended on 01/07/2025, a commune since then). */
export function unitSheetTemplate() {
  return writeTable(text.sheet, text.headers, [
    ["<mã huyện cũ>", "Huyện Ví Dụ", "huyện", "<mã tỉnh>", "", "01/07/2025"],
    ["<mã xã>", "Xã Ví Dụ", "xã", "<mã tỉnh>", "01/07/2025", ""],
  ]);
}
