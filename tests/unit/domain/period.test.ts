import { describe, it, expect } from "vitest";
import {
  addMonthsYM,
  compareYearMonth,
  monthsBefore,
  monthsOfPeriod,
  nextMonth,
  periodLabel,
  previousMonth,
  sameMonthsLastYear,
  yearMonthKey,
  yearMonthOf,
} from "../../../lib/domain/period";

describe("previousMonth / nextMonth / addMonthsYM — year boundaries", () => {
  it("January → December of the previous year and back", () => {
    expect(previousMonth(2024, 1)).toEqual({ year: 2023, month: 12 });
    expect(nextMonth(2023, 12)).toEqual({ year: 2024, month: 1 });
    expect(previousMonth(2024, 7)).toEqual({ year: 2024, month: 6 });
  });
  it("large shifts both ways", () => {
    expect(addMonthsYM({ year: 2024, month: 3 }, -27)).toEqual({ year: 2021, month: 12 });
    expect(addMonthsYM({ year: 2024, month: 3 }, 22)).toEqual({ year: 2026, month: 1 });
  });
  it("rejects month 0 and 13", () => {
    expect(() => previousMonth(2024, 0)).toThrow(RangeError);
    expect(() => monthsOfPeriod({ kind: "MONTH", year: 2024, month: 13 })).toThrow(RangeError);
  });
});

describe("monthsOfPeriod — month, 6-month review following the plan (seed 001: from 01/3), year", () => {
  it("6 months from March: Mar..Aug", () => {
    expect(monthsOfPeriod({ kind: "SIX_MONTHS", year: 2023, startMonth: 3 }).map((m) => m.month)).toEqual([
      3, 4, 5, 6, 7, 8,
    ]);
  });
  it("6 months from October runs into the next year", () => {
    expect(monthsOfPeriod({ kind: "SIX_MONTHS", year: 2024, startMonth: 10 }).map(yearMonthKey)).toEqual([
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
    ]);
  });
  it("a calendar year has Jan..Dec; a September cycle runs to August (domain.md §2.4 varies)", () => {
    const y = monthsOfPeriod({ kind: "YEAR", year: 2024 });
    expect(y).toHaveLength(12);
    expect(y[0]).toEqual({ year: 2024, month: 1 });
    expect(y[11]).toEqual({ year: 2024, month: 12 });
    const sep = monthsOfPeriod({ kind: "YEAR", year: 2024, startMonth: 9 });
    expect(sep[11]).toEqual({ year: 2025, month: 8 });
  });
  it("a month is itself", () => {
    expect(monthsOfPeriod({ kind: "MONTH", year: 2024, month: 2 })).toEqual([{ year: 2024, month: 2 }]);
  });
});

describe('sameMonthsLastYear — baseline "cùng kỳ" (seed 003: "so với năm 2023")', () => {
  it("shifts each month back one year, keeping order; empty stays empty", () => {
    expect(
      sameMonthsLastYear([
        { year: 2025, month: 1 },
        { year: 2024, month: 12 },
      ]),
    ).toEqual([
      { year: 2024, month: 1 },
      { year: 2023, month: 12 },
    ]);
    expect(sameMonthsLastYear([])).toEqual([]);
  });
});

describe("yearMonthOf — month of an instant in Vietnam time", () => {
  it("31/03 23:59 VN is March; 31/03 17:00 UTC is already April in Vietnam", () => {
    expect(yearMonthOf(new Date("2024-03-31T23:59:59+07:00"))).toEqual({ year: 2024, month: 3 });
    expect(yearMonthOf(new Date("2024-03-31T17:00:00Z"))).toEqual({ year: 2024, month: 4 });
  });
  it("31/12 17:00 UTC is January of the next year in Vietnam", () => {
    expect(yearMonthOf(new Date("2024-12-31T17:00:00Z"))).toEqual({ year: 2025, month: 1 });
  });
});

describe("helpers: monthsBefore (outlier window), compareYearMonth, labels", () => {
  it("12 months before March 2024 = Mar 2023..Feb 2024, oldest first", () => {
    const w = monthsBefore(2024, 3, 12);
    expect(w).toHaveLength(12);
    expect(w[0]).toEqual({ year: 2023, month: 3 });
    expect(w[11]).toEqual({ year: 2024, month: 2 });
  });
  it("compareYearMonth sorts chronologically", () => {
    expect(compareYearMonth({ year: 2023, month: 12 }, { year: 2024, month: 1 })).toBeLessThan(0);
    expect(compareYearMonth({ year: 2024, month: 1 }, { year: 2024, month: 1 })).toBe(0);
  });
  it("Vietnamese labels", () => {
    expect(periodLabel({ kind: "MONTH", year: 2024, month: 3 })).toBe("Tháng 3/2024");
    expect(periodLabel({ kind: "SIX_MONTHS", year: 2023, startMonth: 3 })).toBe("6 tháng (03/2023 – 08/2023)");
    expect(periodLabel({ kind: "YEAR", year: 2024 })).toBe("Năm 2024");
    expect(periodLabel({ kind: "YEAR", year: 2024, startMonth: 9 })).toBe("Năm (09/2024 – 08/2025)");
  });
});
