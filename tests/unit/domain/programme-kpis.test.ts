import { describe, it, expect } from "vitest";
import {
  communeIdsOf,
  noRelapseKpi,
  passRateKpi,
  programmeKpis,
  type ProgrammeOutcome,
} from "../../../lib/domain/programme-kpis";

const o = (
  communeId: string,
  year: number,
  verdict: ProgrammeOutcome["verdict"],
  relapsed = false,
): ProgrammeOutcome => ({
  communeId,
  year,
  verdict,
  relapsed,
});

describe("passRateKpi — seed 002: ≥ 60% of selected communes pass each year", () => {
  it("3 of 5 = 60% exactly meets the target, with the communes behind it", () => {
    const rows = [
      o("a", 2023, "PASSED"),
      o("b", 2023, "PASSED"),
      o("c", 2023, "PASSED"),
      o("d", 2023, "NOT_PASSED"),
      o("e", 2023, "NOT_PASSED"),
    ];
    const k = passRateKpi(rows, { year: 2023 });
    expect(k.percent).toBe(60);
    expect(k.targetMet).toBe(true);
    expect(communeIdsOf(k.numerator)).toEqual(["a", "b", "c"]);
    expect(communeIdsOf(k.denominator)).toEqual(["a", "b", "c", "d", "e"]);
  });
  it("2 of 4 = 50% misses", () => {
    const k = passRateKpi(
      [o("a", 2023, "PASSED"), o("b", 2023, "PASSED"), o("c", 2023, "NOT_PASSED"), o("d", 2023, "NOT_PASSED")],
      { year: 2023 },
    );
    expect(k).toMatchObject({ percent: 50, targetMet: false });
  });
  it("pending verdicts stay in the denominator; targetMet null while they could swing it", () => {
    const k = passRateKpi([o("a", 2024, "PASSED"), o("b", 2024, "NOT_PASSED"), o("c", 2024, null)], { year: 2024 });
    expect(k.pending).toEqual([{ communeId: "c", year: 2024 }]);
    expect(k.targetMet).toBeNull();
  });
  it("pending that cannot change the outcome: already met / already missed", () => {
    expect(
      passRateKpi([o("a", 2024, "PASSED"), o("b", 2024, "PASSED"), o("c", 2024, null)], { year: 2024 }).targetMet,
    ).toBe(true);
    expect(
      passRateKpi([o("a", 2024, "NOT_PASSED"), o("b", 2024, "NOT_PASSED"), o("c", 2024, null)], { year: 2024 })
        .targetMet,
    ).toBe(false);
  });
  it("no selection that year → percent and targetMet null", () => {
    expect(passRateKpi([o("a", 2022, "PASSED")], { year: 2023 })).toMatchObject({
      percent: null,
      targetMet: null,
      denominator: [],
    });
  });
  it("cumulative counts commune-years: failed 2022 + passed 2023 = 2 selections, 1 pass", () => {
    const k = passRateKpi([o("a", 2022, "NOT_PASSED"), o("a", 2023, "PASSED"), o("b", 2024, "PASSED")], {
      upToYear: 2023,
    });
    expect(k.denominator).toEqual([
      { communeId: "a", year: 2022 },
      { communeId: "a", year: 2023 },
    ]);
    expect(k.percent).toBe(50);
  });
  it("duplicate rows for a commune-year count once (the later row wins)", () => {
    const k = passRateKpi([o("a", 2023, "NOT_PASSED"), o("a", 2023, "PASSED")], { year: 2023 });
    expect(k.denominator).toHaveLength(1);
    expect(k.percent).toBe(100);
  });
  it("fromYear bounds the cumulative scope", () => {
    expect(
      passRateKpi([o("a", 2021, "NOT_PASSED"), o("b", 2022, "PASSED")], { upToYear: 2022, fromYear: 2022 }).percent,
    ).toBe(100);
  });
});

describe("noRelapseKpi — seed 002: ≥ 85% of passed communes do not become complex again", () => {
  it("denominator = passed communes only; numerator = not relapsed", () => {
    const rows = [o("a", 2023, "PASSED"), o("b", 2023, "PASSED", true), o("c", 2023, "NOT_PASSED", true)];
    const k = noRelapseKpi(rows, { year: 2023 });
    expect(communeIdsOf(k.denominator)).toEqual(["a", "b"]);
    expect(communeIdsOf(k.numerator)).toEqual(["a"]);
    expect(k).toMatchObject({ percent: 50, targetMet: false });
  });
  it("17/20 = 85% exactly meets the target", () => {
    const rows = Array.from({ length: 20 }, (_, i) => o(`c${String(i).padStart(2, "0")}`, 2023, "PASSED", i < 3));
    expect(noRelapseKpi(rows, { year: 2023 })).toMatchObject({ percent: 85, targetMet: true });
  });
  it("no passed commune → null", () => {
    expect(noRelapseKpi([o("a", 2023, "NOT_PASSED")], { year: 2023 })).toMatchObject({
      percent: null,
      targetMet: null,
    });
  });
});

describe("programmeKpis — per year and cumulative (domain.md §6)", () => {
  it("computes both KPIs for the year and up to it, with configurable targets", () => {
    const rows = [
      o("a", 2022, "PASSED", true),
      o("b", 2022, "NOT_PASSED"),
      o("b", 2023, "PASSED"),
      o("c", 2023, "PASSED"),
    ];
    const k = programmeKpis(rows, 2023, { passRate: 70 });
    expect(k.year.passRate).toMatchObject({ percent: 100, target: 70, targetMet: true });
    expect(k.cumulative.passRate.percent).toBe(75);
    expect(k.year.noRelapse.percent).toBe(100);
    expect(k.cumulative.noRelapse).toMatchObject({ target: 85, targetMet: false });
    expect(k.cumulative.noRelapse.percent).toBeCloseTo(66.667, 2);
  });
});
