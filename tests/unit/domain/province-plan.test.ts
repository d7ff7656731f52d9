import { describe, expect, it } from "vitest";
import { copyTasksToYear, sameDayInYear } from "@/lib/domain/province-plan";

// Issue #18 §2 (seed 000, seed 002 mục V): a province's yearly plan starts as a copy of last year's.
describe("province plan copied from last year", () => {
  it("moves each due day to the same day of the new year", () => {
    expect(sameDayInYear({ month: 11, day: 19 }, 2027)).toEqual({ year: 2027, month: 11, day: 19 });
    expect(sameDayInYear({ month: 12, day: 31 }, 2027)).toEqual({ year: 2027, month: 12, day: 31 });
    expect(sameDayInYear({ month: 1, day: 1 }, 2027)).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it("29/02 becomes 28/02 in a year without it, and stays in a leap year", () => {
    expect(sameDayInYear({ month: 2, day: 29 }, 2027)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(sameDayInYear({ month: 2, day: 29 }, 2028)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(sameDayInYear({ month: 2, day: 28 }, 2028)).toEqual({ year: 2028, month: 2, day: 28 });
  });

  it("keeps area, title, assignee and agency of every task", () => {
    const t = {
      area: "Tuyên truyền",
      title: "Phổ biến pháp luật",
      assignee: "Sở Tư pháp",
      agencyId: "a",
      dueDate: { year: 2026, month: 6, day: 30 },
    };
    expect(copyTasksToYear([t], 2027)).toEqual([{ ...t, dueDate: { year: 2027, month: 6, day: 30 } }]);
  });
});
