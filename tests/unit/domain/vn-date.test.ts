import { describe, it, expect } from "vitest";
import {
  addVnDays,
  addVnMonths,
  formatVnDate,
  isSameVnDay,
  startOfVnDay,
  vnCalendarDaysBetween,
  vnDate,
  vnDay,
  vnDayKey,
} from "../../../lib/domain/vn-date";

describe("vn-date — calendar days are Vietnam days (domain.md §9, Asia/Ho_Chi_Minh)", () => {
  it("vnDate is 00:00 in Vietnam, i.e. 17:00 UTC the day before", () => {
    expect(vnDate(2023, 2, 17).toISOString()).toBe("2023-02-16T17:00:00.000Z");
  });

  it("an instant at 23:59 VN belongs to that day, 00:00 VN to the next", () => {
    expect(vnDay(new Date("2024-03-31T23:59:59+07:00"))).toEqual({ year: 2024, month: 3, day: 31 });
    expect(vnDay(new Date("2024-03-31T17:00:00Z"))).toEqual({ year: 2024, month: 4, day: 1 });
  });

  it("calendar-day difference follows Vietnam midnight, not UTC midnight", () => {
    const a = new Date("2024-04-05T16:59:59Z"); // 05/04 23:59:59 VN
    const b = new Date("2024-04-05T17:00:00Z"); // 06/04 00:00 VN
    expect(vnCalendarDaysBetween(vnDate(2024, 4, 5), a)).toBe(0);
    expect(vnCalendarDaysBetween(vnDate(2024, 4, 5), b)).toBe(1);
    expect(isSameVnDay(a, b)).toBe(false);
  });

  it("formats dd/MM/yyyy and yyyy-MM-dd in Vietnam time", () => {
    const i = new Date("2023-12-31T18:00:00Z"); // 01/01/2024 01:00 VN
    expect(formatVnDate(i)).toBe("01/01/2024");
    expect(vnDayKey(i)).toBe("2024-01-01");
  });

  it("startOfVnDay and day/month arithmetic", () => {
    expect(startOfVnDay(new Date("2024-02-29T20:00:00+07:00")).toISOString()).toBe("2024-02-28T17:00:00.000Z");
    expect(formatVnDate(addVnDays(vnDate(2024, 2, 28), 1))).toBe("29/02/2024");
    expect(formatVnDate(addVnMonths(vnDate(2023, 8, 31), 6))).toBe("29/02/2024");
  });
});
