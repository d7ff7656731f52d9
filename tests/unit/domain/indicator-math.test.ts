import { describe, it, expect } from "vitest";
import {
  aggregateRatio,
  hasBasicReduction,
  isTargetAchieved,
  ratioPercent,
  reductionPercent,
  validateCount,
  validateRatioPair,
} from "../../../lib/domain/indicator-math";

describe("ratioPercent — computed from counts, never typed (domain.md §5)", () => {
  it("4/5 = 80 exactly, 7/100 = 7 exactly (no 7.000000000000001)", () => {
    expect(ratioPercent(4, 5)).toBe(80);
    expect(ratioPercent(7, 100)).toBe(7);
    expect(ratioPercent(19, 20)).toBe(95);
  });
  it("denominator 0 → null (no cases: rate undefined, not 0% or 100%)", () => {
    expect(ratioPercent(0, 0)).toBeNull();
  });
  it("0/n = 0 and n/n = 100", () => {
    expect(ratioPercent(0, 3)).toBe(0);
    expect(ratioPercent(3, 3)).toBe(100);
  });
});

describe("aggregateRatio — sum numerators and denominators, then divide", () => {
  it("is not the mean of percentages: 1/1 and 50/100 → 51/101", () => {
    const r = aggregateRatio([
      { numerator: 1, denominator: 1 },
      { numerator: 50, denominator: 100 },
    ]);
    expect(r.numerator).toBe(51);
    expect(r.denominator).toBe(101);
    expect(r.percent).toBeCloseTo(50.495, 3);
  });
  it("skips rows with missing counts and reports them", () => {
    const r = aggregateRatio([
      { numerator: 4, denominator: 5 },
      { numerator: null, denominator: 3 },
    ]);
    expect(r).toEqual({ numerator: 4, denominator: 5, percent: 80, missingRows: 1 });
  });
  it("empty list or all-zero denominators → percent null", () => {
    expect(aggregateRatio([]).percent).toBeNull();
    expect(aggregateRatio([{ numerator: 0, denominator: 0 }]).percent).toBeNull();
  });
});

describe('isTargetAchieved — seed 002 targets (≥ 80%, ≥ 95%, 100%, recidivism ≤ 15%), seed 003 "trên 75%"', () => {
  it('exactly at a GTE target is achieved (clearance "từ 80% trở lên")', () => {
    expect(isTargetAchieved({ value: ratioPercent(4, 5), target: 80, comparator: "GTE" })).toBe(true);
    expect(isTargetAchieved({ value: 79.99, target: 80, comparator: "GTE" })).toBe(false);
  });
  it("lowerIsBetter without comparator → LTE (recidivism down to 15%)", () => {
    expect(isTargetAchieved({ value: 15, target: 15, lowerIsBetter: true })).toBe(true);
    expect(isTargetAchieved({ value: 15.01, target: 15, lowerIsBetter: true })).toBe(false);
  });
  it('EQ for "100% tố giác, tin báo được tiếp nhận, xử lý"', () => {
    expect(isTargetAchieved({ value: ratioPercent(37, 37), target: 100, comparator: "EQ" })).toBe(true);
    expect(isTargetAchieved({ value: ratioPercent(36, 37), target: 100, comparator: "EQ" })).toBe(false);
  });
  it('GT is strict: exactly 75% is not "trên 75%"', () => {
    expect(isTargetAchieved({ value: 75, target: 75, comparator: "GT" })).toBe(false);
    expect(isTargetAchieved({ value: 75.1, target: 75, comparator: "GT" })).toBe(true);
    expect(isTargetAchieved({ value: 5, target: 5, comparator: "LT" })).toBe(false);
  });
  it("float noise does not flip the result: 0.07 × 100 vs 7", () => {
    expect(isTargetAchieved({ value: 0.07 * 100, target: 7, comparator: "LTE" })).toBe(true);
    expect(isTargetAchieved({ value: 0.07 * 100, target: 7, comparator: "EQ" })).toBe(true);
  });
  it("missing value → null", () => {
    expect(isTargetAchieved({ value: null, target: 80 })).toBeNull();
    expect(isTargetAchieved({ value: Number.NaN, target: 80 })).toBeNull();
  });
});

describe('reductionPercent / hasBasicReduction — "giảm cơ bản" (seed 002), "giảm ít nhất 5%" (seed 003)', () => {
  it("reduction from 20 to 19 is exactly 5%", () => {
    expect(reductionPercent(19, 20)).toBe(5);
    expect(reductionPercent(25, 20)).toBe(-25);
    expect(reductionPercent(3, 0)).toBeNull();
  });
  it("default: any strict decrease; equal is not a reduction", () => {
    expect(hasBasicReduction({ current: 9, baseline: 10 }).reduced).toBe(true);
    const same = hasBasicReduction({ current: 10, baseline: 10 });
    expect(same.reduced).toBe(false);
    expect(same.message).toContain("Không giảm");
  });
  it("with a 5% minimum: exactly 5% passes, 4.76% does not", () => {
    expect(hasBasicReduction({ current: 19, baseline: 20, minReductionPercent: 5 }).reduced).toBe(true);
    const r = hasBasicReduction({ current: 20, baseline: 21, minReductionPercent: 5 });
    expect(r.reduced).toBe(false);
    expect(r.message).toContain("yêu cầu giảm ít nhất 5%");
  });
  it("baseline 0: held at zero is fine, any new case is an increase", () => {
    expect(hasBasicReduction({ current: 0, baseline: 0 })).toMatchObject({
      reduced: true,
      code: "REDUCTION_HELD_ZERO",
    });
    expect(hasBasicReduction({ current: 2, baseline: 0 })).toMatchObject({
      reduced: false,
      code: "REDUCTION_INCREASED",
    });
  });
  it('increase is reported as "Tăng" with vi-VN number', () => {
    expect(hasBasicReduction({ current: 15, baseline: 10 }).message).toContain("Tăng 50%");
  });
  it("missing data → null with a message", () => {
    expect(hasBasicReduction({ current: null, baseline: 10 })).toMatchObject({
      reduced: null,
      code: "REDUCTION_MISSING_DATA",
    });
  });
});

describe("monthly value validation — non-negative integers, numerator ≤ denominator", () => {
  it("accepts 0 and positive integers; empty is fine unless required", () => {
    expect(validateCount(0, "Số vụ")).toBeNull();
    expect(validateCount(12, "Số vụ")).toBeNull();
    expect(validateCount(null, "Số vụ")).toBeNull();
    expect(validateCount(undefined, "Số vụ", true)?.code).toBe("REQUIRED");
  });
  it("rejects negatives, decimals, NaN, Infinity with a Vietnamese message", () => {
    for (const v of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(validateCount(v, "Số vụ phạm pháp hình sự")?.message).toMatch(
        /^“Số vụ phạm pháp hình sự” phải là số nguyên không âm/,
      );
    }
    // issue #13 case 1: 2.5 and 12.5 arriving as numbers (JSON, Excel) are refused, never rounded or scaled
    for (const v of [2.5, 12.5, 0.5]) expect(validateCount(v, "Số vụ")?.code).toBe("NOT_NON_NEGATIVE_INTEGER");
    expect(validateCount(1_000_000_001, "Số vụ")?.code).toBe("OUT_OF_RANGE");
  });
  it("numerator larger than denominator is an error; equal is fine", () => {
    const labels = { numeratorLabel: "Số vụ khám phá", denominatorLabel: "Số vụ xảy ra" };
    expect(validateRatioPair({ numerator: 5, denominator: 5, ...labels })).toEqual([]);
    const issues = validateRatioPair({ numerator: 6, denominator: 5, ...labels });
    expect(issues.map((i) => i.code)).toEqual(["NUMERATOR_EXCEEDS_DENOMINATOR"]);
    expect(issues[0]?.message).toBe("“Số vụ khám phá” (6) không được lớn hơn “Số vụ xảy ra” (5).");
  });
  it("reports each invalid count and skips the comparison then", () => {
    const issues = validateRatioPair({ numerator: -1, denominator: 2.5, numeratorLabel: "A", denominatorLabel: "B" });
    expect(issues.map((i) => i.code)).toEqual(["NOT_NON_NEGATIVE_INTEGER", "NOT_NON_NEGATIVE_INTEGER"]);
  });
  it("one side missing and not required → no issue", () => {
    expect(validateRatioPair({ numerator: 3, denominator: null, numeratorLabel: "A", denominatorLabel: "B" })).toEqual(
      [],
    );
  });
});
