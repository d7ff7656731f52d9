// Plausibility check of a monthly value against the commune's own history (app rule from the brief):
// a value more than 3 median absolute deviations (MAD) from the median of the last 12 months gets a
// WARNING — never a block, because real surges happen (e.g. during the peak crackdown, seed 001).
import type { DomainMessage } from "./types";
import { formatNumberVi } from "./format-vi";

export interface OutlierOptions {
  /** Months of history considered (the most recent ones). */
  windowSize?: number;
  /** Fewer usable history points than this → no judgement, no warning. */
  minHistory?: number;
  /** Allowed deviation in MADs. */
  madMultiplier?: number;
  /**
   * Floor of the allowed deviation, in units of the value. Needed because counts are small and often
   * constant: with a history of all zeros MAD = 0 and any single case would be "infinitely" far.
   */
  minAbsoluteTolerance?: number;
  /** Floor of the allowed deviation as a share of |median| (0.25 = 25%), for large steady counts. */
  minRelativeTolerance?: number;
}

export const DEFAULT_OUTLIER_OPTIONS: Required<OutlierOptions> = {
  windowSize: 12,
  minHistory: 6,
  madMultiplier: 3,
  minAbsoluteTolerance: 2,
  minRelativeTolerance: 0.25,
};

export interface OutlierResult {
  isOutlier: boolean;
  /** Why no judgement was made, when history is too short or the value missing. */
  skipped?: "NO_VALUE" | "INSUFFICIENT_HISTORY";
  median: number | null;
  mad: number | null;
  /** |value − median|. */
  deviation: number | null;
  /** Largest deviation accepted without warning: max(k × MAD, absolute floor, relative floor × |median|). */
  tolerance: number | null;
  warning?: DomainMessage;
}

/** Median of a non-empty list (mean of the two middle values for even length). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median absolute deviation around the median. */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const middle = median(values);
  return median(values.map((v) => Math.abs(v - middle)));
}

/**
 * @param history values of previous months, oldest first; null = month not entered (ignored).
 * Only the last `windowSize` entries are used.
 */
export function checkOutlier(
  value: number | null,
  history: readonly (number | null)[],
  options: OutlierOptions = {},
  label = "Giá trị",
): OutlierResult {
  const settings = { ...DEFAULT_OUTLIER_OPTIONS, ...options };
  const empty = { isOutlier: false, median: null, mad: null, deviation: null, tolerance: null };
  if (value === null || !Number.isFinite(value)) return { ...empty, skipped: "NO_VALUE" };
  const points = history.slice(-settings.windowSize).filter((v): v is number => v !== null && Number.isFinite(v));
  if (points.length < Math.max(1, settings.minHistory)) return { ...empty, skipped: "INSUFFICIENT_HISTORY" };

  const middle = median(points);
  const mad = medianAbsoluteDeviation(points);
  const deviation = Math.abs(value - middle);
  const tolerance = Math.max(
    settings.madMultiplier * mad,
    settings.minAbsoluteTolerance,
    settings.minRelativeTolerance * Math.abs(middle),
  );
  // "More than" k MADs: a value exactly at the tolerance is accepted.
  const isOutlier = deviation > tolerance + 1e-9;
  const result: OutlierResult = { isOutlier, median: middle, mad, deviation, tolerance };
  if (isOutlier) {
    result.warning = {
      code: "OUTLIER",
      message:
        `${label} ${formatNumberVi(value, 2)} khác thường so với ${points.length} tháng trước của địa bàn ` +
        `(trung vị ${formatNumberVi(middle, 2)}, thường dao động trong khoảng ±${formatNumberVi(tolerance, 2)}). ` +
        "Đề nghị kiểm tra lại trước khi gửi.",
    };
  }
  return result;
}
