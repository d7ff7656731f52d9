// "Giảm so với cùng kỳ" compared like with like (issue #13 case 3; seed 003 mục II.5: "giảm ít nhất 5% so
// với cùng kỳ"; seed 002 mục II.3: "giảm cơ bản tội phạm"). A reduction over several communes only means
// something when both periods cover the same communes and months: the counts of a commune-month enter the
// sums only when that commune has accepted figures for the month in BOTH years. The share of the expected
// communes that have such figures is the coverage; a target is judged (✓/✗) only on complete coverage.
import { isTargetAchieved, reductionPercent, type Comparator } from "./indicator-math";

/**
 * One expected commune's comparable counts: the sums over the months that have accepted figures in both
 * the period and the same months last year. `months` = how many months matched (0 = nothing comparable;
 * current/baseline are then ignored).
 */
export interface CommuneComparison {
  current: number;
  baseline: number;
  months: number;
}

export interface ComparableReduction {
  /** Sums over the matched commune-months; null when no commune has comparable figures. */
  current: number | null;
  baseline: number | null;
  /** (baseline − current) × 100 / baseline; null when nothing is comparable or the baseline is 0. */
  percent: number | null;
  /** Expected communes with at least one comparable month. */
  covered: number;
  /** Communes expected to report (the listed communes of the unit); ≥ covered. */
  expected: number;
  /** Every expected commune has comparable figures (and at least one is expected). */
  complete: boolean;
  /** Expected communes without a comparable baseline because of a split (issue #12; unit-succession.ts); 0 when unset. */
  notComparable?: number;
}

/**
 * Takes the comparable counts of each expected commune (a commune with no accepted figures in one of the
 * periods is passed with months = 0, or left out: `expected` counts it) and returns the like-with-like
 * sums, the reduction percentage and the coverage. `expected` defaults to the number of rows given.
 */
export function comparableReduction(
  communes: readonly CommuneComparison[],
  expected = communes.length,
): ComparableReduction {
  let current = 0;
  let baseline = 0;
  let covered = 0;
  for (const commune of communes) {
    if (commune.months <= 0) continue;
    covered += 1;
    current += commune.current;
    baseline += commune.baseline;
  }
  const total = Math.max(expected, covered);
  if (covered === 0)
    return { current: null, baseline: null, percent: null, covered: 0, expected: total, complete: false };
  return {
    current,
    baseline,
    percent: reductionPercent(current, baseline),
    covered,
    expected: total,
    complete: covered === total,
  };
}

/**
 * Whether a reduction meets its target (e.g. ≥ 5%): null — neither ✓ nor ✗ — while the coverage is
 * incomplete or the percentage cannot be computed (baseline 0).
 */
export function reductionTargetMet(
  reduction: ComparableReduction,
  target: number,
  comparator: Comparator = "GTE",
): boolean | null {
  if (!reduction.complete) return null;
  return isTargetAchieved({ value: reduction.percent, target, comparator });
}
