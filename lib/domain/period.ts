// Reporting periods (seed 000: "Định kỳ 6 tháng sơ kết, 01 năm tổ chức tổng kết"; seed 001: the
// 6-month focus period starts 01/03, so the 6-month review follows the province plan, not Jan–Jun).
import type { YearMonth } from "./types";
import { vnDay } from "./vn-date";

export type Period =
  | { kind: "MONTH"; year: number; month: number }
  /** Six consecutive months from startMonth of `year` (may run into the next year). */
  | { kind: "SIX_MONTHS"; year: number; startMonth: number }
  /** Twelve months from startMonth (default January); one cycle ran September to September [varies]. */
  | { kind: "YEAR"; year: number; startMonth?: number };

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`invalid month ${month}`);
}

/** Month shifted by `delta` months (negative allowed). */
export function addMonthsYM({ year, month }: YearMonth, delta: number): YearMonth {
  checkMonth(month);
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export function previousMonth(year: number, month: number): YearMonth {
  return addMonthsYM({ year, month }, -1);
}

export function nextMonth(year: number, month: number): YearMonth {
  return addMonthsYM({ year, month }, 1);
}

/** Negative, zero or positive like a sort comparator. */
export function compareYearMonth(yearMonth: YearMonth, other: YearMonth): number {
  return yearMonth.year * 12 + yearMonth.month - (other.year * 12 + other.month);
}

/** "2024-03" key. */
export function yearMonthKey({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** The month (in Vietnam time) containing the instant: 31/03 23:30 VN is still March. */
export function yearMonthOf(date: Date): YearMonth {
  const { year, month } = vnDay(date);
  return { year, month };
}

/** `count` consecutive months starting at `start`. */
export function monthRange(start: YearMonth, count: number): YearMonth[] {
  return Array.from({ length: count }, (_, i) => addMonthsYM(start, i));
}

/** The `count` months before (and excluding) the given month, oldest first — e.g. the outlier window. */
export function monthsBefore(year: number, month: number, count: number): YearMonth[] {
  return monthRange(addMonthsYM({ year, month }, -count), count);
}

/** The months covered by a period, in order. */
export function monthsOfPeriod(period: Period): YearMonth[] {
  switch (period.kind) {
    case "MONTH":
      checkMonth(period.month);
      return [{ year: period.year, month: period.month }];
    case "SIX_MONTHS":
      checkMonth(period.startMonth);
      return monthRange({ year: period.year, month: period.startMonth }, 6);
    case "YEAR": {
      const startMonth = period.startMonth ?? 1;
      checkMonth(startMonth);
      return monthRange({ year: period.year, month: startMonth }, 12);
    }
  }
}

/** The same months one year earlier: the baseline "cùng kỳ" for reductions (seed 003: "so với năm 2023"). */
export function sameMonthsLastYear(months: readonly YearMonth[]): YearMonth[] {
  return months.map(({ year, month }) => ({ year: year - 1, month }));
}

const mm = ({ year, month }: YearMonth): string => `${String(month).padStart(2, "0")}/${year}`;

/** Vietnamese label of a period. */
export function periodLabel(period: Period): string {
  const months = monthsOfPeriod(period);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  switch (period.kind) {
    case "MONTH":
      return `Tháng ${period.month}/${period.year}`;
    case "SIX_MONTHS":
      return `6 tháng (${mm(first)} – ${mm(last)})`;
    case "YEAR":
      return (period.startMonth ?? 1) === 1 ? `Năm ${period.year}` : `Năm (${mm(first)} – ${mm(last)})`;
  }
}
