// Reading numbers people type in Vietnamese (domain.md §9: numbers are written 1.234,5 in vi-VN).
// Issue #13 case 1: "2.5" typed for a count was stored as 25 because every "." was removed before
// the integer test. Here the dot is a grouping mark ONLY between groups of exactly three digits,
// the comma is the only decimal mark, and anything else ("2.5", "1.5", "12.5", "1.23", "1,2.3") is
// refused as ambiguous instead of being guessed.
import type { DomainMessage } from "./types";
import { formatNumberVi } from "./format-vi";

export type ViNumberResult = { ok: true; value: number | null } | ({ ok: false } & DomainMessage);

export interface ViNumberOptions {
  /** The field's name as the user sees it, quoted in every message. */
  label: string;
  /** Whether a fraction is allowed (ratios, percentages); false for counts. Default true. */
  decimals?: boolean;
  /** Inclusive bounds; default 0 and 1.000.000.000. */
  min?: number;
  max?: number;
}

export const VI_NUMBER_MAX = 1_000_000_000;

// Integer part: plain digits ("1234"), or 1–3 digits then groups of exactly three after each dot
// ("1.234", "12.345.678"); a group may not start the number with 0 ("0.500" is refused).
const INTEGER_PART = /^(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+)$/;
const FRACTION_PART = /^\d+$/;

const countMessage = (label: string, detail = ""): DomainMessage => ({
  code: "NOT_NON_NEGATIVE_INTEGER",
  message: `“${label}” phải là số nguyên không âm${detail}.`,
});

const ambiguousDetail = (raw: string) =>
  ` (“${raw}” không rõ nghĩa: dấu chấm chỉ dùng để phân cách hàng nghìn, ví dụ 1.234; dấu phẩy là dấu thập phân)`;

/**
 * Checks a number that arrived already typed (a JSON number, an Excel number cell) against the
 * same rules as a typed string: finite, within [min, max], and whole when `decimals` is false.
 * Nothing is rounded: 12.5 for a count is refused, not turned into 12 or 125.
 */
export function checkViNumber(value: number, opts: ViNumberOptions): ViNumberResult {
  const { label, decimals = true, min = 0, max = VI_NUMBER_MAX } = opts;
  if (!Number.isFinite(value)) return decimals ? invalid(label, String(value)) : { ok: false, ...countMessage(label) };
  if (!decimals && (!Number.isInteger(value) || value < 0)) {
    return {
      ok: false,
      ...countMessage(label, Number.isInteger(value) ? "" : ` (“${formatNumberVi(value, 6)}” có phần lẻ)`),
    };
  }
  if (value < min || value > max) {
    return {
      ok: false,
      code: "OUT_OF_RANGE",
      message: `“${label}” phải từ ${formatNumberVi(min, 6)} đến ${formatNumberVi(max, 6)}.`,
    };
  }
  return { ok: true, value };
}

function invalid(label: string, raw: string): ViNumberResult {
  return {
    ok: false,
    code: "NOT_A_NUMBER",
    message: `“${label}”: “${raw}” không phải số hợp lệ (dấu phẩy là dấu thập phân, dấu chấm phân cách hàng nghìn, ví dụ 1.234,5).`,
  };
}

/**
 * Parses a number typed in vi-VN form. Spaces, tabs, line breaks and no-break spaces around it are trimmed (what
 * a paste leaves); any other control character is refused, never dropped. "" (or only spaces) → value null
 * (not entered). "1.234" → 1234, "1.234,5" → 1234.5, "1,5" → 1.5, "0,25" → 0.25.
 * Refused (with the field named): "2.5", "12.5", "1.23", "1234.567", ".5", "5,", "1,2,3", "-3", "1e3",
 * inner spaces, and — when `decimals` is false — any fraction ("1,5"), with "phải là số nguyên không âm".
 */
export function parseViNumber(raw: string, opts: ViNumberOptions): ViNumberResult {
  const trimmed = raw.replace(/^[ \t\r\n\u00a0]+|[ \t\r\n\u00a0]+$/g, "");
  if (trimmed === "") return { ok: true, value: null };
  const decimals = opts.decimals ?? true;
  const comma = trimmed.indexOf(",");
  const intPart = comma < 0 ? trimmed : trimmed.slice(0, comma);
  const fracPart = comma < 0 ? null : trimmed.slice(comma + 1);
  const wellFormed = INTEGER_PART.test(intPart) && (fracPart === null || FRACTION_PART.test(fracPart));
  if (!wellFormed) {
    if (decimals) return invalid(opts.label, trimmed);
    // "2.5", "12.5": the dot is not a grouping mark here, so the count is ambiguous.
    const looksAmbiguous = /^\d+(?:\.\d+)+$/.test(trimmed);
    return { ok: false, ...countMessage(opts.label, looksAmbiguous ? ambiguousDetail(trimmed) : "") };
  }
  // A count written with a decimal comma ("2,0", "1,5") is refused even when the fraction is zero.
  if (!decimals && fracPart !== null) return { ok: false, ...countMessage(opts.label, ` (“${trimmed}” có phần lẻ)`) };
  const value = Number(`${intPart.replaceAll(".", "")}${fracPart === null ? "" : `.${fracPart}`}`);
  return checkViNumber(value, opts);
}

/** A count (whole number ≥ 0, at most `max`) typed in vi-VN form; see `parseViNumber`. */
export function parseViCount(raw: string, label: string, max = VI_NUMBER_MAX): ViNumberResult {
  return parseViNumber(raw, { label, decimals: false, min: 0, max });
}
