import "server-only";
import type ExcelJS from "exceljs";
import { formatVnDate } from "@/lib/domain/vn-date";
import { hasControlChars } from "@/lib/contracts/primitives";
import { t } from "@/lib/i18n/t";
import { excelCell as cellText } from "@/lib/i18n/vi/excel-cell";

/** What a cell holds once read: a plain value, or a refusal that names the cell. Never an object. */
export type CellRead =
  | { ok: true; value: null | number | string | boolean | Date }
  | { ok: false; code: "FORMULA_NO_RESULT" | "CELL_ERROR" | "UNREADABLE" | "CONTROL_CHARS"; message: string };

type Plain = null | number | string | boolean | Date;

/**
 * Reads an exceljs cell into a plain value (issue #13 case 2): rich text and hyperlinks give their text, a
 * formula (or shared formula) gives its saved result — 0, FALSE and "" included — and a formula without a
 * saved result, an error value (#N/A, #DIV/0!, …), an unknown shape, or a text with a control character (an
 * .xlsx can hold NUL as "_x0000_"; PostgreSQL cannot store it) is refused with a Vietnamese message that starts
 * with the cell's address ("Ô E12: …").
 */
export function readCell(cell: ExcelJS.Cell): CellRead {
  const value = cell.value;
  // exceljs's `cell.value` drops a falsy saved result (0, FALSE, ""): `cell.result` keeps it.
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const result = cell.result as ExcelJS.CellValue;
    if (result === undefined || result === null)
      return { ok: false, code: "FORMULA_NO_RESULT", message: t(cellText.formulaNoResult, { cell: cell.address }) };
    return readValue(result, cell.address);
  }
  return readValue(value, cell.address);
}

function readValue(value: ExcelJS.CellValue, address: string): CellRead {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === "string") return textRead(value, address);
  if (typeof value !== "object" || value instanceof Date) return { ok: true, value };
  if ("error" in value)
    return {
      ok: false,
      code: "CELL_ERROR",
      message: t(cellText.cellError, { cell: address, error: String(value.error) }),
    };
  if ("richText" in value && Array.isArray(value.richText))
    return textRead(value.richText.map((p) => p.text ?? "").join(""), address);
  // A hyperlink's text may itself be rich text.
  if ("hyperlink" in value) return readValue(value.text as ExcelJS.CellValue, address);
  return { ok: false, code: "UNREADABLE", message: t(cellText.unreadable, { cell: address }) };
}

function textRead(value: string, address: string): CellRead {
  if (hasControlChars(value))
    return { ok: false, code: "CONTROL_CHARS", message: t(cellText.controlChars, { cell: address }) };
  return { ok: true, value };
}

/**
 * A read value as text for codes, periods and free text: numbers in plain digits (as typed in the cell),
 * booleans "TRUE"/"FALSE", dates dd/MM/yyyy. Excel stores a date as the calendar day at UTC midnight.
 */
export function plainText(value: Plain): string {
  if (value === null) return "";
  if (value instanceof Date) return formatVnDate(new Date(value.getTime() - 7 * 3600_000));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
