// Calendar-day helpers in Vietnam time (domain.md §9: time zone Asia/Ho_Chi_Minh).
// Every rule that talks about "a date" means a calendar day in this zone, whatever the server's zone.
import { TZDate, tz } from "@date-fns/tz";
import { addMonths, differenceInCalendarDays, format } from "date-fns";

export const VN_TZ = "Asia/Ho_Chi_Minh";

/** Calendar day parts; month is 1..12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

// Public helpers return plain Dates (not TZDate): TZDate serialises as "...+07:00", and plain
// Dates keep JSON, Prisma and React Server Component serialisation uniform ("...Z").
const plain = (d: Date): Date => new Date(d.getTime());

/** 00:00 Vietnam time of the given calendar day (month 1..12). Overflowing days roll over like Date. */
export function vnDate(year: number, month: number, day: number): Date {
  return plain(new TZDate(year, month - 1, day, VN_TZ));
}

/** The instant seen in Vietnam time. */
export function toVn(date: Date): TZDate {
  return new TZDate(date.getTime(), VN_TZ);
}

/** The calendar day (in Vietnam) that contains the instant. */
export function vnDay(date: Date): CalendarDay {
  const zoned = toVn(date);
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() };
}

/** 00:00 Vietnam time of the day containing the instant. */
export function startOfVnDay(date: Date): Date {
  const { year, month, day } = vnDay(date);
  return vnDate(year, month, day);
}

/** Whole calendar days from `from` to `to` in Vietnam (0 = same day, negative = `to` is earlier). */
export function vnCalendarDaysBetween(from: Date, to: Date): number {
  return differenceInCalendarDays(to, from, { in: tz(VN_TZ) });
}

/** Same calendar day `months` later in Vietnam; month ends are clamped (31/08 + 6 → 28 or 29/02). */
export function addVnMonths(date: Date, months: number): Date {
  return plain(addMonths(startOfVnDay(date), months, { in: tz(VN_TZ) }));
}

/** `days` calendar days later in Vietnam, at 00:00. */
export function addVnDays(date: Date, days: number): Date {
  const { year, month, day } = vnDay(date);
  return vnDate(year, month, day + days);
}

/** "dd/MM/yyyy" in Vietnam time (domain.md §9). */
export function formatVnDate(date: Date): string {
  return format(toVn(date), "dd/MM/yyyy");
}

/** "yyyy-MM-dd" key of the Vietnam calendar day, handy for storage and comparisons. */
export function vnDayKey(date: Date): string {
  return format(toVn(date), "yyyy-MM-dd");
}

/** True when both instants fall on the same Vietnam calendar day. */
export function isSameVnDay(date: Date, other: Date): boolean {
  return vnCalendarDaysBetween(date, other) === 0;
}

/**
 * PostgreSQL `date` columns reach JavaScript as UTC midnight of the calendar day;
 * the rules here work on Vietnam midnight. These two convert between them.
 */
export function fromDbDay(date: Date): Date {
  return vnDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function toDbDay(date: Date): Date {
  const { year, month, day } = vnDay(date);
  return new Date(Date.UTC(year, month - 1, day));
}
