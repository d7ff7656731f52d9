import { describe, expect, it } from "vitest";
import {
  groupTotal,
  isTaskOverdue,
  last12MonthsWindow,
  prefillFigures,
  type CriterionDef,
} from "@/lib/domain/proposal-figures";
import { vnDate } from "@/lib/domain/vn-date";

// issue #3 §Proposals: "Figures already entered for the commune in earlier months are pre-filled";
// aggregation SUM for flows, LAST for stocks (prisma/seed/indicator-catalogue.ts, domain.md §3).
const criteria: CriterionDef[] = [
  { code: "HS_VU", kind: "COUNT", aggregation: "SUM" },
  { code: "MT_NGHIEN", kind: "COUNT", aggregation: "LAST" },
  { code: "KT_VU", kind: "COUNT", aggregation: "SUM" },
  { code: "K_TRANH_CHAP", kind: "BOOLEAN", aggregation: "LAST" },
];
const pt = (code: string, year: number, month: number, numValue: number | null, boolValue: boolean | null = null) => ({
  code,
  year,
  month,
  numValue,
  boolValue,
});

describe("prefillFigures (issue #3: pre-fill from monthly figures)", () => {
  it("sums flows and takes the latest month of stocks, in calendar order whatever the input order", () => {
    const r = prefillFigures(criteria, [
      pt("HS_VU", 2026, 3, 2),
      pt("HS_VU", 2025, 12, 5),
      pt("MT_NGHIEN", 2026, 3, 7),
      pt("MT_NGHIEN", 2025, 12, 11),
    ]);
    expect(r.counts).toEqual({ HS_VU: 7, MT_NGHIEN: 7 });
  });
  it("leaves criteria without values out (no fabricated zero) and skips null months", () => {
    const r = prefillFigures(criteria, [pt("MT_NGHIEN", 2026, 1, 4), pt("MT_NGHIEN", 2026, 2, null)]);
    expect(r.counts).toEqual({ MT_NGHIEN: 4 });
    expect("KT_VU" in r.counts).toBe(false);
  });
  it("a yes/no item follows its latest answer", () => {
    expect(
      prefillFigures(criteria, [pt("K_TRANH_CHAP", 2026, 1, null, true), pt("K_TRANH_CHAP", 2026, 2, null, false)])
        .flags,
    ).toEqual({ K_TRANH_CHAP: false });
  });
});

describe("last12MonthsWindow", () => {
  it("ends with the previous month and spans 12 months across a year boundary", () => {
    expect(last12MonthsWindow(2026, 11)).toEqual({ from: 202511, to: 202610 });
    expect(last12MonthsWindow(2027, 1)).toEqual({ from: 202601, to: 202612 });
  });
});

describe("groupTotal", () => {
  it("adds the group's counts and ignores missing ones", () => {
    expect(groupTotal({ HS_VU: 3, HS_QLNV: 4 }, ["HS_VU", "HS_QLNV", "HS_TRUY_NA"])).toBe(7);
  });
});

describe("isTaskOverdue (issue #3: overdue tasks are flagged)", () => {
  const due = vnDate(2026, 3, 15);
  it("is not overdue on the due day itself, overdue the day after, never when done", () => {
    expect(isTaskOverdue({ dueDate: due, status: "IN_PROGRESS" }, vnDate(2026, 3, 15))).toBe(false);
    expect(isTaskOverdue({ dueDate: due, status: "NOT_STARTED" }, vnDate(2026, 3, 16))).toBe(true);
    expect(isTaskOverdue({ dueDate: due, status: "DONE" }, vnDate(2026, 4, 1))).toBe(false);
  });
});
