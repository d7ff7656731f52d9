// Issue #4 "Percentages are never typed in … aggregates up the tree are correct (sum the counts, then
// divide)" (domain.md §5, lib/domain/indicator-math aggregateRatio); catalogue aggregation SUM / LAST.
import { describe, expect, it } from "vitest";
import { aggregateIndicators } from "@/lib/server/monthly/period-summary";
import type { IndicatorDef } from "@/lib/server/monthly/catalogue";
import { comparableReduction } from "@/lib/domain/comparable-reduction";

const def = (code: string, kind: IndicatorDef["kind"], extra: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id: code,
  code,
  name: code,
  group: "CRIMINAL",
  kind,
  unitLabel: "",
  lowerIsBetter: false,
  aggregation: "SUM",
  targetComparator: null,
  targetValue: null,
  numeratorId: null,
  denominatorId: null,
  isRequired: true,
  sortOrder: 0,
  validFromPeriod: 190001,
  validToPeriod: null,
  isResultIndicator: false,
  isSelectionCriterion: false,
  numeratorCode: null,
  denominatorCode: null,
  ...extra,
});
const cells = (rows: Record<string, [number, number, number][]>) =>
  new Map(
    Object.entries(rows).map(([code, list]) => [
      code,
      new Map(list.map(([period, total, reports]) => [period, { total, reports }])),
    ]),
  );

const DEFS = [
  def("HS_VU", "COUNT"),
  def("KQ_AN_KHAM_PHA", "COUNT"),
  def("KQ_HET_AN", "COUNT", { aggregation: "LAST" }),
  def("KQ_TAI_PHAM_SO", "COUNT", { aggregation: "LAST" }),
  def("KQ_TL_DTKP", "RATIO", {
    numeratorCode: "KQ_AN_KHAM_PHA",
    denominatorCode: "HS_VU",
    targetComparator: "GTE",
    targetValue: 80,
  }),
  def("KQ_TL_TAI_PHAM", "RATIO", {
    numeratorCode: "KQ_TAI_PHAM_SO",
    denominatorCode: "KQ_HET_AN",
    targetComparator: "LTE",
    targetValue: 15,
    lowerIsBetter: true,
  }),
  def("KQ_GIAM_TTXH", "REDUCTION", { numeratorCode: "HS_VU", targetComparator: "GTE", targetValue: 5 }),
];
const MONTHS = [
  { year: 2026, month: 10 },
  { year: 2026, month: 11 },
  { year: 2026, month: 12 },
];

describe("aggregateIndicators (period views from pre-summed totals)", () => {
  const rows = aggregateIndicators(
    DEFS,
    cells({
      // Province totals = sums of the communes' counts: commune A 9/10 solved, commune B 0/1 (October).
      HS_VU: [
        [202610, 11, 2],
        [202611, 4, 2],
      ],
      KQ_AN_KHAM_PHA: [
        [202610, 9, 2],
        [202611, 4, 2],
      ],
      KQ_HET_AN: [
        [202610, 60, 2],
        [202611, 50, 2],
      ],
      KQ_TAI_PHAM_SO: [
        [202610, 9, 2],
        [202611, 5, 2],
      ],
    }),
    MONTHS,
    // Both communes have October and November accepted in both years: 15 vs 30.
    new Map([
      [
        "HS_VU",
        comparableReduction([
          { current: 11, baseline: 20, months: 2 },
          { current: 4, baseline: 10, months: 2 },
        ]),
      ],
    ]),
  );
  const row = (code: string) => rows.find((r) => r.code === code)!;

  it("SUM adds the months that have accepted reports", () => {
    expect(row("HS_VU").value).toBe(15);
  });
  it("a ratio sums numerators and denominators first, then divides (not a mean of percentages)", () => {
    expect(row("KQ_TL_DTKP")).toMatchObject({ numerator: 13, denominator: 15, achieved: true });
    expect(row("KQ_TL_DTKP").value).toBeCloseTo((13 * 100) / 15, 9);
  });
  it("LAST takes the latest month with accepted reports (December has none: November is used)", () => {
    expect(row("KQ_HET_AN").value).toBe(50);
    expect(row("KQ_TL_TAI_PHAM")).toMatchObject({ numerator: 5, denominator: 50, value: 10, achieved: true });
  });
  it("REDUCTION compares the base count with the same months of the year before, like with like", () => {
    expect(row("KQ_GIAM_TTXH")).toMatchObject({
      numerator: 15,
      denominator: 30,
      value: 50,
      achieved: true,
      coverage: { covered: 2, expected: 2 },
    });
  });
  it("REDUCTION on incomplete coverage: value shown, no verdict on the target (issue #13 case 3)", () => {
    const partial = aggregateIndicators(
      DEFS,
      new Map(),
      MONTHS,
      new Map([["HS_VU", comparableReduction([{ current: 5, baseline: 8, months: 1 }], 12)]]),
    );
    expect(partial.find((r) => r.code === "KQ_GIAM_TTXH")).toMatchObject({
      numerator: 5,
      denominator: 8,
      achieved: null,
      coverage: { covered: 1, expected: 12 },
    });
  });
  it("no accepted data → null, never 0", () => {
    const empty = aggregateIndicators(DEFS, new Map(), MONTHS, new Map());
    expect(empty.every((r) => r.value === null && r.achieved === null)).toBe(true);
  });
});
