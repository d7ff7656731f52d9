import { describe, it, expect } from "vitest";
import {
  correctionWindow,
  DEFAULT_CORRECTION_DAYS,
  entryWindow,
  entryWindowStatus,
  monthlyFiguresDueDate,
  monthToEnter,
  reportDueStatus,
} from "../../../lib/domain/entry-window";
import { formatVnDate, vnDate } from "../../../lib/domain/vn-date";

describe("entryWindow — month M open from day 1 until deadline day of M+1 (default 5), Vietnam time", () => {
  it("March 2024: opens 01/03 00:00 VN, last day 05/04, closes 06/04 00:00 VN", () => {
    const w = entryWindow(2024, 3);
    expect(w.opensAt.toISOString()).toBe("2024-02-29T17:00:00.000Z");
    expect(formatVnDate(w.lastDay)).toBe("05/04/2024");
    expect(w.closesAt.toISOString()).toBe("2024-04-05T17:00:00.000Z");
  });
  it("December rolls over into January of the next year", () => {
    expect(formatVnDate(entryWindow(2024, 12, 10).lastDay)).toBe("10/01/2025");
  });
  it("deadline day configurable 1..28; 29+ rejected because February lacks it", () => {
    expect(formatVnDate(entryWindow(2024, 1, 28).lastDay)).toBe("28/02/2024");
    expect(() => entryWindow(2024, 1, 29)).toThrow(RangeError);
    expect(() => entryWindow(2024, 1, 0)).toThrow(RangeError);
    expect(() => entryWindow(2024, 13, 5)).toThrow(RangeError);
  });
});

describe("entryWindowStatus — open, closed, unlock", () => {
  const s = (iso: string, hasUnlock = false) =>
    entryWindowStatus({ year: 2024, month: 3, now: new Date(iso), hasUnlock });

  it("before the month starts (29/02 23:59 VN) → not open, NOT_YET_OPEN", () => {
    const r = s("2024-02-29T23:59:59+07:00");
    expect(r.isOpen).toBe(false);
    expect(r.reason?.code).toBe("NOT_YET_OPEN");
  });
  it("first instant of the month (01/03 00:00 VN) → open", () => {
    expect(s("2024-03-01T00:00:00+07:00").isOpen).toBe(true);
  });
  it("daysRemaining counts calendar days to the deadline day", () => {
    expect(s("2024-04-01T09:00:00+07:00").daysRemaining).toBe(4);
    expect(s("2024-04-05T23:59:59+07:00").daysRemaining).toBe(0);
  });
  it("last second of the deadline day (05/04 23:59:59 VN = 16:59:59 UTC) → still open", () => {
    expect(s("2024-04-05T16:59:59Z").isOpen).toBe(true);
  });
  it("06/04 00:00 VN (05/04 17:00 UTC, still 05/04 in UTC) → closed with a Vietnamese reason", () => {
    const r = s("2024-04-05T17:00:00Z");
    expect(r.isOpen).toBe(false);
    expect(r.reason?.code).toBe("CLOSED");
    expect(r.reason?.message).toContain("tháng 3/2024");
    expect(r.reason?.message).toContain("05/04/2024");
    expect(r.reason?.message).toContain("mở khóa");
  });
  it("after the deadline with an unlock → open, reason UNLOCKED", () => {
    const r = s("2024-05-20T10:00:00+07:00", true);
    expect(r.isOpen).toBe(true);
    expect(r.reason?.code).toBe("UNLOCKED");
    expect(r.daysRemaining).toBeNull();
  });
  it("an unlock does not open a month that has not started", () => {
    expect(s("2024-02-15T10:00:00+07:00", true).isOpen).toBe(false);
  });
  it("province deadline day 10 keeps 06/04 open", () => {
    expect(
      entryWindowStatus({
        year: 2024,
        month: 3,
        deadlineDay: 10,
        now: new Date("2024-04-06T08:00:00+07:00"),
        hasUnlock: false,
      }).isOpen,
    ).toBe(true);
  });
});

describe("reportDueStatus — reminders: due within 3 days or overdue", () => {
  const due = vnDate(2024, 11, 19); // seed 002: reports before 20/11
  const r = (iso: string, submitted = false) =>
    reportDueStatus({ dueDate: due, now: new Date(iso), submitted, subject: "Báo cáo tổng kết" });

  it("4 days before → NOT_DUE, no reminder", () => {
    expect(r("2024-11-15T08:00:00+07:00")).toMatchObject({ state: "NOT_DUE", remind: false, daysRemaining: 4 });
  });
  it("3 days before → DUE_SOON with message", () => {
    const x = r("2024-11-16T08:00:00+07:00");
    expect(x).toMatchObject({ state: "DUE_SOON", remind: true, daysRemaining: 3 });
    expect(x.message).toBe("Báo cáo tổng kết còn 3 ngày đến hạn (hạn 19/11/2024).");
  });
  it('on the due day → "đến hạn hôm nay"', () => {
    expect(r("2024-11-19T23:00:00+07:00").message).toContain("đến hạn hôm nay");
  });
  it("20/11 00:00 VN (19/11 17:00 UTC) → OVERDUE by 1 day", () => {
    const x = r("2024-11-19T17:00:00Z");
    expect(x).toMatchObject({ state: "OVERDUE", daysRemaining: -1, remind: true });
    expect(x.message).toContain("quá hạn 1 ngày");
  });
  it("submitted → no reminder even when late", () => {
    expect(r("2024-12-01T08:00:00+07:00", true)).toMatchObject({ state: "SUBMITTED", remind: false });
  });
  it("monthlyFiguresDueDate is the entry deadline day", () => {
    expect(formatVnDate(monthlyFiguresDueDate(2024, 3))).toBe("05/04/2024");
  });
});

// Issue #13 case 5: a return or an unlock opens the month for correction until a chosen day (default today + 5).
describe("correctionWindow", () => {
  const now = vnDate(2026, 11, 21);
  it("defaults to today + 5 days, the last day inclusive", () => {
    const w = correctionWindow(new Date(now.getTime() + 9 * 3600_000));
    expect(w.ok && [formatVnDate(w.lastDay), formatVnDate(w.until)]).toEqual(["26/11/2026", "27/11/2026"]);
    expect(DEFAULT_CORRECTION_DAYS).toBe(5);
  });
  it("accepts today and up to 31 days ahead; refuses a past day and a later one", () => {
    expect(correctionWindow(now, vnDate(2026, 11, 21)).ok).toBe(true);
    expect(correctionWindow(now, vnDate(2026, 12, 22)).ok).toBe(true);
    expect(correctionWindow(now, vnDate(2026, 12, 23))).toMatchObject({ ok: false, code: "CORRECTION_TOO_LONG" });
    expect(correctionWindow(now, vnDate(2026, 11, 20))).toMatchObject({ ok: false, code: "CORRECTION_IN_PAST" });
  });
});

describe("monthToEnter — the month whose deadline comes first and is not yet submitted (issue #13 case 6)", () => {
  const at = (y: number, m: number, d: number, h: number) => new Date(vnDate(y, m, d).getTime() + h * 3_600_000);
  const none = () => false;
  it("01/12/2026 03:00 VN, November not submitted (due 05/12): November before December", () => {
    expect(monthToEnter(at(2026, 12, 1, 3), none)).toEqual({ year: 2026, month: 11 });
  });
  it("November submitted (or accepted): December", () => {
    expect(monthToEnter(at(2026, 12, 1, 3), (ym) => ym.month === 11)).toEqual({ year: 2026, month: 12 });
  });
  it("on the deadline day itself last month still comes first; the day after, the current month", () => {
    expect(monthToEnter(at(2026, 12, 5, 23), none)).toEqual({ year: 2026, month: 11 });
    expect(monthToEnter(at(2026, 12, 6, 0), none)).toEqual({ year: 2026, month: 12 });
  });
  it("30/11 23:59 is still November (Vietnam time, not UTC)", () => {
    expect(monthToEnter(new Date(at(2026, 12, 1, 0).getTime() - 60_000), none)).toEqual({ year: 2026, month: 11 });
  });
  it("January: December of last year, with last year's programme deadline day", () => {
    expect(monthToEnter(at(2027, 1, 7, 9), none, (y) => (y === 2026 ? 10 : 5))).toEqual({ year: 2026, month: 12 });
    expect(monthToEnter(at(2027, 1, 7, 9), none)).toEqual({ year: 2027, month: 1 });
  });
  it("everything submitted: the current month", () => {
    expect(monthToEnter(at(2026, 12, 2, 9), () => true)).toEqual({ year: 2026, month: 12 });
  });
});
