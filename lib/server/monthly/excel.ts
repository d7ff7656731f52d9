import "server-only";
import ExcelJS from "exceljs";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { cellText } from "@/lib/server/spreadsheet";
import { getMonthlyEntry } from "./get-monthly-entry";
import { saveMonthlyReport } from "./save-monthly-report";
import type { MonthlyValueInput } from "./schemas";

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
  let r = FIRST_ROW;
  for (const it of entry.items) {
    const v = it.kind === "COUNT" ? it.value.num : it.kind === "BOOLEAN" ? (it.value.bool === null ? null : it.value.bool ? "Có" : "Không") : it.kind === "TEXT" ? it.value.text : it.computed;
    ws.getRow(r).values = [it.code, it.name, vi.monthly.groups[it.group], it.typed ? it.unitLabel : `${it.unitLabel} (${vi.monthly.computed})`, v ?? null, it.value.comment ?? null];
    r += 1;
  }
  ws.columns = [{ width: 20 }, { width: 70 }, { width: 22 }, { width: 16 }, { width: 14 }, { width: 40 }];
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, fileName: `so-lieu-${year}-${String(month).padStart(2, "0")}.xlsx` };
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
  const unit = cellText(ws.getCell("B2").value).trim();
  const period = cellText(ws.getCell("B3").value).trim();
  const wantPeriod = `${String(expected.month).padStart(2, "0")}/${expected.year}`;
  if (unit !== expected.communeId) errors.push({ row: 2, code: "", message: "Tệp không phải của đơn vị này (ô B2)." });
  if (period !== wantPeriod) errors.push({ row: 3, code: "", message: `Tệp là của tháng “${period}”, không phải tháng ${wantPeriod} (ô B3).` });
  const byCode = new Map(items.map((i) => [i.code, i]));
  const values: MonthlyValueInput[] = [];
  const seen = new Set<string>();
  for (let r = FIRST_ROW; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const code = cellText(row.getCell(1).value).trim();
    const raw = cellText(row.getCell(5).value).trim();
    const comment = cellText(row.getCell(6).value).trim() || null;
    if (!code && !raw) continue;
    const it = byCode.get(code);
    if (!it) { errors.push({ row: r, code, message: `Mã chỉ tiêu “${code}” không có trong danh mục tháng này.` }); continue; }
    if (seen.has(code)) { errors.push({ row: r, code, message: `Mã chỉ tiêu “${code}” bị lặp.` }); continue; }
    seen.add(code);
    if (!it.typed) continue; // computed: read-only column
    if (it.kind === "COUNT") {
      if (raw === "") { values.push({ indicatorId: it.id, num: null, comment }); continue; }
      const normalised = raw.replace(/\./g, "").replace(/\s/g, "");
      const n = /^\d+$/.test(normalised) ? Number(normalised) : NaN;
      if (!Number.isSafeInteger(n) || n > 1_000_000_000) { errors.push({ row: r, code, message: `“${it.name}”: “${raw}” không phải số nguyên không âm.` }); continue; }
      values.push({ indicatorId: it.id, num: n, comment });
    } else if (it.kind === "BOOLEAN") {
      const k = raw.toLowerCase();
      const b = k === "" ? null : ["có", "co", "x", "1", "true"].includes(k) ? true : ["không", "khong", "0", "false"].includes(k) ? false : undefined;
      if (b === undefined) { errors.push({ row: r, code, message: `“${it.name}”: chỉ nhập “Có” hoặc “Không”.` }); continue; }
      values.push({ indicatorId: it.id, bool: b, comment });
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
  const parsed = await parseMonthlyWorkbook(input.data, input, entry.items);
  if (parsed.errors.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const e of parsed.errors) (fieldErrors[`row.${e.row}`] ??= []).push(e.message);
    throw validation(vi.monthly.importErrors.replace("{count}", String(new Set(parsed.errors.map((e) => e.row)).size)), fieldErrors);
  }
  const saved = await saveMonthlyReport(actor, { communeId: input.communeId, year: input.year, month: input.month, version: input.version, values: parsed.values, submit: false });
  return { ...saved, rows: parsed.values.length };
}
