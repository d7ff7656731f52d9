import "server-only";
import ExcelJS from "exceljs";
import { foldForSearch } from "@/lib/domain/vn-fold";
import { validation } from "@/lib/errors";
import { plainText, readCell } from "@/lib/server/excel-cell";
import { vi } from "@/lib/i18n/vi";

/**
 * The text of a cell as the user sees it, through the one cell reader (`readCell`, lib/server/excel-cell.ts):
 * rich text joined, a formula's saved result, a hyperlink's text, a date as dd/MM/yyyy, NFC; "" when empty.
 * Refuses (VALIDATION naming the cell): a formula without a saved result, an error value, an unknown shape.
 */
export function cellText(cell: ExcelJS.Cell): string {
  const read = readCell(cell);
  if (!read.ok) throw validation(read.message);
  return plainText(read.value).normalize("NFC");
}

/** One data row of a table: its spreadsheet row number (for messages) and its cells' text, trimmed. */
export type SheetRow = { row: number; cells: string[] };

/**
 * Reads the first sheet of an .xlsx whose first row holds `headers` (compared without marks or case, so a
 * retyped header still matches). Returns the non-empty rows below, each with `headers.length` cells, at most
 * `maxRows`. Refuses (VALIDATION, Vietnamese): not an .xlsx, no sheet, other headers, too many rows.
 */
export async function readTable(data: Buffer, headers: readonly string[], maxRows: number): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw validation(vi.golive.sheet.unreadable);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw validation(vi.golive.sheet.noSheet);
  const found = headers.map((_, i) => foldForSearch(cellText(ws.getRow(1).getCell(i + 1))));
  if (found.some((h, i) => h !== foldForSearch(headers[i])))
    throw validation(vi.golive.sheet.wrongHeaders.replace("{headers}", headers.join(", ")));
  const rows: SheetRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cells = headers.map((_, i) => cellText(ws.getRow(r).getCell(i + 1)).trim());
    if (cells.every((c) => c === "")) continue;
    rows.push({ row: r, cells });
    if (rows.length > maxRows) throw validation(vi.golive.sheet.tooManyRows.replace("{max}", String(maxRows)));
  }
  if (rows.length === 0) throw validation(vi.golive.sheet.empty);
  return rows;
}

/** An .xlsx with one sheet: bold headers, then the given rows (a template's examples, or results). */
export async function writeTable(
  sheetName: string,
  headers: readonly string[],
  rows: readonly (string | number)[][],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([...headers]).font = { bold: true };
  for (const row of rows) ws.addRow([...row]);
  ws.columns.forEach((c) => (c.width = 28));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
