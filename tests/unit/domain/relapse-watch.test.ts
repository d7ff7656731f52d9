import { describe, it, expect } from "vitest";
import { canProposeAgain, isUnderWatch, watchDaysRemaining, watchEndDate } from "../../../lib/domain/relapse-watch";
import { formatVnDate, vnDate } from "../../../lib/domain/vn-date";

describe("watchEndDate — passed communes watched 6 months by default (domain.md §6)", () => {
  it("15/12/2023 + 6 months → 15/06/2024 (exclusive end)", () => {
    expect(formatVnDate(watchEndDate(vnDate(2023, 12, 15)))).toBe("15/06/2024");
  });
  it("month end clamps: 31/08/2023 + 6 → 29/02/2024 (leap year)", () => {
    expect(formatVnDate(watchEndDate(vnDate(2023, 8, 31), 6))).toBe("29/02/2024");
  });
  it("uses the Vietnam day of the verdict: 14/12 20:00 UTC is 15/12 VN", () => {
    expect(formatVnDate(watchEndDate(new Date("2023-12-14T20:00:00Z"), 3))).toBe("15/03/2024");
  });
  it("configurable months; negative rejected", () => {
    expect(formatVnDate(watchEndDate(vnDate(2023, 12, 15), 12))).toBe("15/12/2024");
    expect(() => watchEndDate(vnDate(2023, 12, 15), -1)).toThrow(RangeError);
  });
});

describe("isUnderWatch — verdict day inclusive, end day exclusive, Vietnam days", () => {
  const verdictDate = vnDate(2023, 12, 15);
  it("on the verdict day → watched; the day before → not", () => {
    expect(isUnderWatch({ verdictDate, today: new Date("2023-12-15T00:00:00+07:00") })).toBe(true);
    expect(isUnderWatch({ verdictDate, today: new Date("2023-12-14T23:59:59+07:00") })).toBe(false);
  });
  it("14/06/2024 23:59 VN → still watched; 15/06/2024 00:00 VN → over", () => {
    expect(isUnderWatch({ verdictDate, today: new Date("2024-06-14T23:59:59+07:00") })).toBe(true);
    expect(isUnderWatch({ verdictDate, today: new Date("2024-06-14T17:00:00Z") })).toBe(false);
  });
  it("days remaining counts down to the end, 0 after", () => {
    expect(watchDaysRemaining({ verdictDate, today: vnDate(2024, 6, 14) })).toBe(1);
    expect(watchDaysRemaining({ verdictDate, today: vnDate(2024, 6, 15) })).toBe(0);
  });
});

describe("canProposeAgain — passed communes return only after a recorded relapse (seed 002, domain.md §6)", () => {
  it("PASSED without relapse → refused", () => {
    expect(canProposeAgain({ lastVerdict: "PASSED", relapseRecorded: false })).toMatchObject({
      allowed: false,
      reason: { code: "PASSED_NO_RELAPSE" },
    });
  });
  it("PASSED with relapse → allowed", () => {
    expect(canProposeAgain({ lastVerdict: "PASSED", relapseRecorded: true }).allowed).toBe(true);
  });
  it("NOT_PASSED → continues (seed 001); no verdict → allowed", () => {
    expect(canProposeAgain({ lastVerdict: "NOT_PASSED", relapseRecorded: false }).reason.code).toBe(
      "NOT_PASSED_CONTINUES",
    );
    expect(canProposeAgain({ lastVerdict: null, relapseRecorded: false }).allowed).toBe(true);
  });
});
