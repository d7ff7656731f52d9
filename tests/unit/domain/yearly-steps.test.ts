// Issue #13 case 9 (domain.md §2; seed 001: verdicts "trước ngày 15/12" → 14/12; seed 000: 6-month interim review):
// every open step of the yearly cycle, with its due date, overdue first.
import { describe, expect, it } from "vitest";
import { dueText, openYearSteps } from "@/lib/domain/yearly-steps";
import { vnDate } from "@/lib/domain/vn-date";

const NOV30 = new Date(vnDate(2026, 11, 30).getTime() + 9 * 3_600_000);
const step = (key: string, start: [number, number], due: [number, number], remaining: number) => ({
  key,
  startDate: vnDate(2026, start[0], start[1]),
  dueDate: vnDate(2026, due[0], due[1]),
  remaining,
});

describe("openYearSteps", () => {
  it("30/11/2026, district: interim reviews (due 15/09) before year-end reviews (due 15/11), both overdue", () => {
    const open = openYearSteps([step("yearEnd", [11, 1], [11, 15], 3), step("interim", [9, 1], [9, 15], 2)], NOV30);
    expect(open.map((s) => [s.key, s.status, s.daysRemaining])).toEqual([
      ["interim", "LATE", -76],
      ["yearEnd", "LATE", -15],
    ]);
  });
  it("secretariat: the 12 verdicts due 14/12 are listed; a step not started yet or with nothing left is not", () => {
    const open = openYearSteps(
      [
        step("verdicts", [11, 20], [12, 14], 12),
        step("later", [12, 20], [12, 31], 1),
        step("done", [9, 1], [9, 15], 0),
      ],
      NOV30,
    );
    expect(open.map((s) => [s.key, s.status, s.daysRemaining, s.remaining])).toEqual([["verdicts", "OPEN", 14, 12]]);
  });
  it("due within 3 days → DUE_SOON; order: overdue, then soonest", () => {
    const open = openYearSteps(
      [step("b", [11, 1], [12, 14], 1), step("a", [11, 1], [12, 2], 1), step("late", [11, 1], [11, 29], 1)],
      NOV30,
    );
    expect(open.map((s) => [s.key, s.status])).toEqual([
      ["late", "LATE"],
      ["a", "DUE_SOON"],
      ["b", "OPEN"],
    ]);
  });
});

describe("dueText", () => {
  it("overdue, today, ahead", () => {
    expect(dueText(-76, vnDate(2026, 9, 15))).toBe("Quá hạn 76 ngày (hạn 15/09/2026)");
    expect(dueText(0, vnDate(2026, 12, 14))).toBe("Hạn hôm nay (14/12/2026)");
    expect(dueText(14, vnDate(2026, 12, 14))).toBe("Còn 14 ngày (hạn 14/12/2026)");
  });
});
