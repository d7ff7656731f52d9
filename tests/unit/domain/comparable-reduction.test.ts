// "Giảm … so với cùng kỳ" like with like (issue #13 case 3; seed 003 mục II.5 "giảm ít nhất 5% so với cùng
// kỳ"; seed 002 mục II.3 "giảm cơ bản tội phạm"): only communes with accepted figures in both periods count,
// the coverage is reported, and no ✓/✗ is given on incomplete coverage.
import { describe, expect, it } from "vitest";
import { comparableReduction, reductionTargetMet } from "@/lib/domain/comparable-reduction";

describe("comparableReduction", () => {
  it("issue #13: 1 of 12 communes reported November (5 cases): not 94,9 % against all of November 2025 (99)", () => {
    // The one reporting commune had 7 cases in November 2025; the other 11 (92 cases last year) have no November 2026 figures.
    const r = comparableReduction([{ current: 5, baseline: 7, months: 1 }], 12);
    expect(r.current).toBe(5);
    expect(r.baseline).toBe(7);
    expect(r.percent).toBeCloseTo((2 * 100) / 7, 9);
    expect(r.percent).not.toBeCloseTo((94 * 100) / 99, 1);
    expect(r).toMatchObject({ covered: 1, expected: 12, complete: false });
    expect(reductionTargetMet(r, 5)).toBeNull();
  });
  it("a commune with no comparable month is counted in the coverage, not in the sums", () => {
    const r = comparableReduction([
      { current: 5, baseline: 7, months: 1 },
      { current: 0, baseline: 0, months: 0 },
    ]);
    expect(r).toMatchObject({ current: 5, baseline: 7, covered: 1, expected: 2, complete: false });
  });
  it("complete coverage: the target is judged (≥ 5 % reached, and missed)", () => {
    const ok = comparableReduction([
      { current: 5, baseline: 7, months: 1 },
      { current: 10, baseline: 9, months: 1 },
    ]);
    expect(ok).toMatchObject({ current: 15, baseline: 16, covered: 2, expected: 2, complete: true });
    expect(ok.percent).toBeCloseTo(6.25, 9);
    expect(reductionTargetMet(ok, 5)).toBe(true);
    const exactly = comparableReduction([{ current: 95, baseline: 100, months: 3 }]);
    expect(reductionTargetMet(exactly, 5)).toBe(true);
    const missed = comparableReduction([{ current: 96, baseline: 100, months: 3 }]);
    expect(reductionTargetMet(missed, 5)).toBe(false);
  });
  it("nothing comparable: no value, no verdict", () => {
    const r = comparableReduction([], 12);
    expect(r).toMatchObject({
      current: null,
      baseline: null,
      percent: null,
      covered: 0,
      expected: 12,
      complete: false,
    });
    expect(reductionTargetMet(r, 5)).toBeNull();
  });
  it("a baseline of 0 gives no percentage and no verdict even on full coverage", () => {
    const r = comparableReduction([{ current: 0, baseline: 0, months: 1 }]);
    expect(r.percent).toBeNull();
    expect(reductionTargetMet(r, 5)).toBeNull();
  });
  it("expected never below the communes covered", () => {
    expect(comparableReduction([{ current: 1, baseline: 2, months: 1 }], 0)).toMatchObject({
      covered: 1,
      expected: 1,
      complete: true,
    });
  });
});
