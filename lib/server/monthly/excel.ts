import "server-only";
import ExcelJS from "exceljs";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { checkViNumber, parseViCount } from "@/lib/domain/vi-number";
import { plainText, readCell } from "@/lib/server/excel-cell";
import { getMonthlyEntry } from "./get-monthly-entry";
import { saveMonthlyReport } from "./save-monthly-report";
import type { MonthlyValueInput } from "./schemas";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";

/**
 * Layout of a month's sheet (export and import use the same one):
 *   row 1 title, row 2 "Mã đơn vị" | code, row 3 "Tháng" | MM/yyyy, row 5 header,
 *   rows 6+ : Mã chỉ tiêu | Tên chỉ tiêu | Nhóm | Đơn vị tính | Giá trị | Ghi chú
 * Computed indicators (tỷ lệ, mức giảm) are listed for reading but ignored on import.
 */
export const SHEET = "So lieu thang";
const FIRST_ROW = 6;
const HEADER = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Nhóm", "Đơn vị tính", "Giá trị", "Ghi chú"];

export async function exportMonthlyWorkbook(actor: Actor, communeId: string, year: number, month: number): Promise<{ buffer: Buffer; fileName: string }> {
  assertCan(actor, "monthly.view");
  const entry = await getMonthlyEntry(actor, communeId, year, month);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = `Số liệu tháng ${month}/${year} – ${entry.commune.name}`;
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getRow(2).values = ["Mã đơn vị", entry.commune.id];
  ws.getRow(3).values = ["Tháng", `${String(month).padStart(2, "0")}/${year}`];
  ws.getRow(5).values = HEADER;
  ws.getRow(5).font = { bold: true };
  let rowNumber = FIRST_ROW;
  for (const it of entry.items) {
    const cellValue = it.kind === "COUNT" ? it.value.num : it.kind === "BOOLEAN" ? (it.value.bool === null ? null : it.value.bool ? "Có" : "Không") : it.kind === "TEXT" ? it.value.text : it.computed;
    ws.getRow(rowNumber).values = [it.code, it.name, vi.monthly.groups[it.group], it.typed ? it.unitLabel : `${it.unitLabel} (${vi.monthly.computed})`, cellValue ?? null, it.value.comment ?? null];
    rowNumber += 1;
  }
  ws.columns = [{ width: 20 }, { width: 70 }, { width: 22 }, { width: 16 }, { width: 14 }, { width: 40 }];
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, fileName: `so-lieu-${year}-${String(month).padStart(2, "0")}.xlsx` };
}

/** A cell's value, read through `readCell`; a refusal is recorded against the row. */
type Read = { ok: true; value: null | number | string | boolean | Date } | { ok: false; message: string };
const read = (ws: ExcelJS.Worksheet, address: string): Read => readCell(ws.getCell(address));
const text = (r: Read) => (r.ok ? plainText(r.value).trim() : "");

/**
 * A count cell (column E): a number cell must hold a whole number (12.5 is refused, not rounded); a text
 * cell is read as vi-VN ("1.234" = 1234, "1.5" refused as ambiguous) by the one parser of lib/domain.
 */
function countOf(cellRead: Read, address: string, label: string): { ok: true; value: number | null } | { ok: false; message: string } {
  if (!cellRead.ok) return cellRead;
  const value = cellRead.value;
  const out = typeof value === "number" ? checkViNumber(value, { label, decimals: false }) : parseViCount(plainText(value), label);
  return out.ok ? out : { ok: false, message: `Ô ${address}: ${out.message}` };
}

export type ImportRowError = { row: number; code: string; message: string };

/** Parses the layout above into value inputs, with every row's errors (nothing is saved here). */
export async function parseMonthlyWorkbook(data: Buffer, expected: { communeId: string; year: number; month: number }, items: { id: string; code: string; name: string; kind: string; typed: boolean }[]) {
  const wb = new ExcelJS.Workbook();
  const errors: ImportRowError[] = [];
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { values: [], errors: [{ row: 0, code: "", message: "Không đọc được tệp Excel (.xlsx)." }] };
  }
  const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
  if (!ws) return { values: [], errors: [{ row: 0, code: "", message: "Tệp không có trang tính." }] };
  const unit = text(read(ws, "B2"));
  const period = text(read(ws, "B3"));
  const wantPeriod = `${String(expected.month).padStart(2, "0")}/${expected.year}`;
  if (unit !== expected.communeId) errors.push({ row: 2, code: "", message: "Tệp không phải của đơn vị này (ô B2)." });
  if (period !== wantPeriod) errors.push({ row: 3, code: "", message: `Tệp là của tháng “${period}”, không phải tháng ${wantPeriod} (ô B3).` });
  const byCode = new Map(items.map((i) => [i.code, i]));
  const values: MonthlyValueInput[] = [];
  const seen = new Set<string>();
  for (let r = FIRST_ROW; r <= ws.rowCount; r += 1) {
    const codeCell = read(ws, `A${r}`);
    const valueCell = read(ws, `E${r}`);
    const commentCell = read(ws, `F${r}`);
    const code = text(codeCell);
    const raw = text(valueCell);
    const comment = text(commentCell) || null;
    const refused = [codeCell, commentCell].find((c) => !c.ok);
    if (refused && !refused.ok) { errors.push({ row: r, code, message: refused.message }); continue; }
    if (!code && !raw) {
      if (!valueCell.ok) errors.push({ row: r, code, message: valueCell.message });
      continue;
    }
    const it = byCode.get(code);
    if (!it) { errors.push({ row: r, code, message: `Mã chỉ tiêu “${code}” không có trong danh mục tháng này.` }); continue; }
    if (seen.has(code)) { errors.push({ row: r, code, message: `Mã chỉ tiêu “${code}” bị lặp.` }); continue; }
    seen.add(code);
    if (!it.typed) continue; // computed: read-only column
    if (it.kind === "COUNT") {
      const count = countOf(valueCell, `E${r}`, it.name);
      if (!count.ok) { errors.push({ row: r, code, message: count.message }); continue; }
      values.push({ indicatorId: it.id, num: count.value, comment });
      continue;
    }
    if (!valueCell.ok) { errors.push({ row: r, code, message: valueCell.message }); continue; }
    if (it.kind === "BOOLEAN") {
      const answer = raw.toLowerCase();
      const bool = answer === "" ? null : ["có", "co", "x", "1", "true"].includes(answer) ? true : ["không", "khong", "0", "false"].includes(answer) ? false : undefined;
      if (bool === undefined) { errors.push({ row: r, code, message: `“${it.name}”: chỉ nhập “Có” hoặc “Không”.` }); continue; }
      values.push({ indicatorId: it.id, bool: bool, comment });
    } else {
      values.push({ indicatorId: it.id, text: raw || null, comment });
    }
  }
  return { values, errors };
}

/**
 * Imports a month from the exported layout: row-by-row error report; when any row is invalid
 * (or a cross-field rule fails) nothing is saved; otherwise one save (one transaction).
 */
export async function importMonthlyWorkbook(actor: Actor, input: { communeId: string; year: number; month: number; version: number; data: Buffer }) {
  assertCan(actor, "monthly.enter");
  const entry = await getMonthlyEntry(actor, input.communeId, input.year, input.month);
  // The one upload policy: an .xlsx by its leading bytes (a ZIP package), within the size limit.
  checkUpload(UPLOAD_POLICIES.monthlyWorkbook, { name: "import.xlsx", bytes: input.data });
  const parsed = await parseMonthlyWorkbook(input.data, input, entry.items);
  if (parsed.errors.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const error of parsed.errors) (fieldErrors[`row.${error.row}`] ??= []).push(error.message);
    throw validation(vi.monthly.importErrors.replace("{count}", String(new Set(parsed.errors.map((e) => e.row)).size)), fieldErrors);
  }
  const saved = await saveMonthlyReport(actor, { communeId: input.communeId, year: input.year, month: input.month, version: input.version, values: parsed.values, submit: false });
  return { ...saved, rows: parsed.values.length };
}
