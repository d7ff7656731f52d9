// Indicator arithmetic (domain.md §5; seed 002 mục I.2, seed 003 mục II.5).
// Percentages are never typed by users: they are computed from counts, and aggregates sum the
// numerators and denominators first, then divide (a mean of percentages would weight a commune
// with 1 case like one with 100).
import type { DomainMessage } from "./types";
import { formatNumberVi } from "./format-vi";
import { checkViNumber } from "./vi-number";

/** Tolerance for comparing computed percentages with targets (absorbs binary floating error only). */
export const PERCENT_EPSILON = 1e-9;

/** num/den as a percentage (num × 100 / den, which is exact when the result is an integer); null when den = 0. */
export function ratioPercent(num: number, den: number): number | null {
  if (den === 0) return null;
  return (num * 100) / den;
}

export interface RatioRow {
  numerator: number | null;
  denominator: number | null;
}

export interface AggregateRatio {
  numerator: number;
  denominator: number;
  /** null when the summed denominator is 0. */
  percent: number | null;
  /** Rows skipped because a count was missing. */
  missingRows: number;
}

/** Sums numerators and denominators of the rows with both counts, then divides. */
export function aggregateRatio(rows: readonly RatioRow[]): AggregateRatio {
  let numerator = 0;
  let denominator = 0;
  let missingRows = 0;
  for (const row of rows) {
    if (row.numerator === null || row.denominator === null) {
      missingRows += 1;
      continue;
    }
    numerator += row.numerator;
    denominator += row.denominator;
  }
  return { numerator, denominator, percent: ratioPercent(numerator, denominator), missingRows };
}

/**
 * GTE "từ ... trở lên" (seed 002: clearance "từ 80% trở lên"); LTE "xuống ..." (recidivism 15%);
 * EQ "100%"; GT/LT for strict wording such as "trên 75%" (seed 003).
 */
export type Comparator = "GTE" | "LTE" | "EQ" | "GT" | "LT";

export interface TargetCheck {
  value: number | null;
  target: number;
  /** How value is compared with target; when omitted: LTE if lowerIsBetter, else GTE. */
  comparator?: Comparator;
  /** e.g. recidivism "xuống 15%" (seed 002) or crime counts: lower values are better. */
  lowerIsBetter?: boolean;
}

/**
 * Whether a computed value meets its target; null when the value is missing.
 * Exactly at the target: achieved for GTE/LTE/EQ, not for GT/LT. The epsilon only absorbs
 * floating error (e.g. 7 × 100 / 100 vs 0.07 × 100).
 */
export function isTargetAchieved({ value, target, comparator, lowerIsBetter = false }: TargetCheck): boolean | null {
  if (value === null || !Number.isFinite(value)) return null;
  const cmp: Comparator = comparator ?? (lowerIsBetter ? "LTE" : "GTE");
  switch (cmp) {
    case "GTE":
      return value >= target - PERCENT_EPSILON;
    case "LTE":
      return value <= target + PERCENT_EPSILON;
    case "GT":
      return value > target + PERCENT_EPSILON;
    case "LT":
      return value < target - PERCENT_EPSILON;
    case "EQ":
      return Math.abs(value - target) <= PERCENT_EPSILON;
  }
}

/** Reduction vs baseline in percent (positive = fewer than baseline); null when baseline is 0. */
export function reductionPercent(current: number, baseline: number): number | null {
  if (baseline === 0) return null;
  return ((baseline - current) * 100) / baseline;
}

export interface BasicReductionInput {
  current: number | null;
  baseline: number | null;
  /** seed 003: "giảm ít nhất 5%"; 0 (default) = any strict decrease. */
  minReductionPercent?: number;
}

export interface BasicReductionResult extends DomainMessage {
  /** null when a count is missing. */
  reduced: boolean | null;
  reductionPercent: number | null;
}

/**
 * "Giảm cơ bản tội phạm và tệ nạn xã hội" (seed 002 mục II.3) measured on counts vs the baseline
 * (same months last year). Both zero counts as held at zero (nothing left to reduce).
 */
export function hasBasicReduction({
  current,
  baseline,
  minReductionPercent = 0,
}: BasicReductionInput): BasicReductionResult {
  if (current === null || baseline === null) {
    return {
      reduced: null,
      reductionPercent: null,
      code: "REDUCTION_MISSING_DATA",
      message: "Thiếu số liệu để đánh giá mức giảm so với cùng kỳ.",
    };
  }
  const pct = reductionPercent(current, baseline);
  if (baseline === 0) {
    const reduced = current === 0;
    return reduced
      ? {
          reduced,
          reductionPercent: null,
          code: "REDUCTION_HELD_ZERO",
          message: "Cùng kỳ và kỳ này đều không xảy ra vụ việc.",
        }
      : {
          reduced,
          reductionPercent: null,
          code: "REDUCTION_INCREASED",
          message: `Tăng từ 0 lên ${formatNumberVi(current)} so với cùng kỳ.`,
        };
  }
  const percent = pct ?? 0;
  const reduced = minReductionPercent > 0 ? percent >= minReductionPercent - 1e-9 : current < baseline;
  const detail = `${formatNumberVi(current)} so với ${formatNumberVi(baseline)} cùng kỳ`;
  if (reduced)
    return {
      reduced,
      reductionPercent: percent,
      code: "REDUCTION_OK",
      message: `Giảm ${formatNumberVi(percent)}% (${detail}).`,
    };
  const need = minReductionPercent > 0 ? `, yêu cầu giảm ít nhất ${formatNumberVi(minReductionPercent)}%` : "";
  const what =
    percent > 0
      ? `Chỉ giảm ${formatNumberVi(percent)}%`
      : percent === 0
        ? "Không giảm"
        : `Tăng ${formatNumberVi(-percent)}%`;
  return { reduced, reductionPercent: percent, code: "REDUCTION_NOT_ENOUGH", message: `${what} (${detail}${need}).` };
}

// ---- Monthly value validation (messages shown next to the input) ----

/**
 * A count entered for a month (form, Excel, API): a whole number from 0 to 1.000.000.000, checked by
 * `checkViNumber` (a fraction such as 2.5 is refused, never rounded). null/undefined = not entered.
 */
export function validateCount(value: number | null | undefined, label: string, required = false): DomainMessage | null {
  if (value === null || value === undefined) {
    return required ? { code: "REQUIRED", message: `Chưa nhập “${label}”.` } : null;
  }
  const checked = checkViNumber(value, { label, decimals: false });
  return checked.ok ? null : { code: checked.code, message: checked.message };
}

export interface RatioPairInput {
  numerator: number | null | undefined;
  denominator: number | null | undefined;
  numeratorLabel: string;
  denominatorLabel: string;
  required?: boolean;
}

/** Both counts valid, and the part not larger than the whole (e.g. cases solved ≤ cases occurred). */
export function validateRatioPair(input: RatioPairInput): DomainMessage[] {
  const { numerator, denominator, numeratorLabel, denominatorLabel, required = false } = input;
  const issues: DomainMessage[] = [];
  const numeratorCheck = validateCount(numerator, numeratorLabel, required);
  const denominatorCheck = validateCount(denominator, denominatorLabel, required);
  if (numeratorCheck) issues.push(numeratorCheck);
  if (denominatorCheck) issues.push(denominatorCheck);
  if (issues.length > 0 || numerator == null || denominator == null) return issues;
  if (numerator > denominator) {
    issues.push({
      code: "NUMERATOR_EXCEEDS_DENOMINATOR",
      message: `“${numeratorLabel}” (${formatNumberVi(numerator)}) không được lớn hơn “${denominatorLabel}” (${formatNumberVi(denominator)}).`,
    });
  }
  return issues;
}
