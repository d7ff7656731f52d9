import "server-only";
import ExcelJS from "exceljs";
import { checkViNumber, parseViCount } from "@/lib/domain/vi-number";
import { plainText, readCell } from "@/lib/server/excel-cell";
import type { MonthlyValueInput } from "@/lib/contracts/monthly/save-monthly-report";
import { SHEET, FIRST_ROW } from "./monthly-workbook-layout";

/** A cell's value, read through `readCell`; a refusal is recorded against the row. */
type Read = { ok: true; value: null | number | string | boolean | Date } | { ok: false; message: string };

const read = (ws: ExcelJS.Worksheet, address: string): Read => readCell(ws.getCell(address));

const text = (r: Read) => (r.ok ? plainText(r.value).trim() : "");

/**
 * A count cell (column E): a number cell must hold a whole number (12.5 is refused, not rounded); a text
 * cell is read as vi-VN ("1.234" = 1234, "1.5" refused as ambiguous) by the one parser of lib/domain.
 */
function countOf(
  cell: Read,
  address: string,
  label: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  if (!cell.ok) return cell;
  const value = cell.value;
  const out =
    typeof value === "number"
      ? checkViNumber(value, { label, decimals: false })
      : parseViCount(plainText(value), label);
  return out.ok ? out : { ok: false, message: `Ô ${address}: ${out.message}` };
}

export type ImportRowError = { row: number; code: string; message: string };

/** Parses the layout above into value inputs, with every row's errors (nothing is saved here). */
export async function parseMonthlyWorkbook(
  data: Buffer,
  expected: { communeId: string; year: number; month: number },
  items: { id: string; code: string; name: string; kind: string; typed: boolean }[],
) {
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
  if (period !== wantPeriod)
    errors.push({ row: 3, code: "", message: `Tệp là của tháng “${period}”, không phải tháng ${wantPeriod} (ô B3).` });
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
    if (refused && !refused.ok) {
      errors.push({ row: r, code, message: refused.message });
      continue;
    }
    if (!code && !raw) {
      if (!valueCell.ok) errors.push({ row: r, code, message: valueCell.message });
      continue;
    }
    const it = byCode.get(code);
    if (!it) {
      errors.push({ row: r, code, message: `Mã chỉ tiêu “${code}” không có trong danh mục tháng này.` });
      continue;
    }
    if (seen.has(code)) {
      errors.push({ row: r, code, message: `Mã chỉ tiêu “${code}” bị lặp.` });
      continue;
    }
    seen.add(code);
    if (!it.typed) continue; // computed: read-only column
    if (it.kind === "COUNT") {
      const result = countOf(valueCell, `E${r}`, it.name);
      if (!result.ok) {
        errors.push({ row: r, code, message: result.message });
        continue;
      }
      values.push({ indicatorId: it.id, num: result.value, comment });
      continue;
    }
    if (!valueCell.ok) {
      errors.push({ row: r, code, message: valueCell.message });
      continue;
    }
    if (it.kind === "BOOLEAN") {
      const answer = raw.toLowerCase();
      const yesNo =
        answer === ""
          ? null
          : ["có", "co", "x", "1", "true"].includes(answer)
            ? true
            : ["không", "khong", "0", "false"].includes(answer)
              ? false
              : undefined;
      if (yesNo === undefined) {
        errors.push({ row: r, code, message: `“${it.name}”: chỉ nhập “Có” hoặc “Không”.` });
        continue;
      }
      values.push({ indicatorId: it.id, bool: yesNo, comment });
    } else {
      values.push({ indicatorId: it.id, text: raw || null, comment });
    }
  }
  return { values, errors };
}
