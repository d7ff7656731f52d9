// Monthly figures entry window (app rule from the brief; reporting discipline of seed 000/002):
// a month can be entered from its first day until a deadline day of the next month (default 5,
// configurable per province), Vietnam time; afterwards only with an unlock.
import type { DomainMessage, YearMonth } from "./types";
import { addMonthsYM, yearMonthOf } from "./period";
import { addVnDays, formatVnDate, startOfVnDay, vnCalendarDaysBetween, vnDate } from "./vn-date";

export const DEFAULT_ENTRY_DEADLINE_DAY = 5;
/** Reminders start this many days before the due date. */
export const REMINDER_DAYS = 3;

export interface EntryWindow {
  /** 00:00 VN on the 1st of the month (inclusive). */
  opensAt: Date;
  /** 00:00 VN on the day after the deadline day (exclusive). */
  closesAt: Date;
  /** The deadline day itself (00:00 VN), the last day entry is allowed. */
  lastDay: Date;
}

function checkYearMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`invalid year/month ${year}/${month}`);
  }
}

/** deadlineDay is limited to 1..28 so that it exists in every month (February included). */
export function entryWindow(
  year: number,
  month: number,
  deadlineDay: number = DEFAULT_ENTRY_DEADLINE_DAY,
): EntryWindow {
  checkYearMonth(year, month);
  if (!Number.isInteger(deadlineDay) || deadlineDay < 1 || deadlineDay > 28) {
    throw new RangeError(`deadlineDay must be an integer within 1..28, got ${deadlineDay}`);
  }
  // vnDate rolls month 13 over to January of the next year.
  return {
    opensAt: vnDate(year, month, 1),
    closesAt: vnDate(year, month + 1, deadlineDay + 1),
    lastDay: vnDate(year, month + 1, deadlineDay),
  };
}

export interface EntryWindowStatusInput {
  year: number;
  month: number;
  deadlineDay?: number;
  now: Date;
  /** An accepted unlock request for this commune and month. */
  hasUnlock: boolean;
}

export interface EntryWindowStatus extends EntryWindow {
  isOpen: boolean;
  /** Calendar days left including today's (0 on the deadline day); null when not in the normal window. */
  daysRemaining: number | null;
  reason?: DomainMessage;
}

export function entryWindowStatus(input: EntryWindowStatusInput): EntryWindowStatus {
  const { year, month, now, hasUnlock } = input;
  const entryWindowOfMonth = entryWindow(year, month, input.deadlineDay ?? DEFAULT_ENTRY_DEADLINE_DAY);
  const label = `tháng ${month}/${year}`;
  if (now.getTime() < entryWindowOfMonth.opensAt.getTime()) {
    return {
      ...entryWindowOfMonth,
      isOpen: false,
      daysRemaining: null,
      reason: {
        code: "NOT_YET_OPEN",
        message: `Chưa đến kỳ nhập số liệu ${label} (mở từ ngày ${formatVnDate(entryWindowOfMonth.opensAt)}).`,
      },
    };
  }
  if (now.getTime() < entryWindowOfMonth.closesAt.getTime()) {
    return {
      ...entryWindowOfMonth,
      isOpen: true,
      daysRemaining: vnCalendarDaysBetween(now, entryWindowOfMonth.lastDay),
    };
  }
  if (hasUnlock) {
    return {
      ...entryWindowOfMonth,
      isOpen: true,
      daysRemaining: null,
      reason: {
        code: "UNLOCKED",
        message: `Đã quá hạn nhập số liệu ${label} nhưng đã được mở khóa để bổ sung, chỉnh sửa.`,
      },
    };
  }
  return {
    ...entryWindowOfMonth,
    isOpen: false,
    daysRemaining: null,
    reason: {
      code: "CLOSED",
      message: `Đã hết hạn nhập số liệu ${label} (hạn cuối ngày ${formatVnDate(entryWindowOfMonth.lastDay)}). Cần đề nghị cấp trên mở khóa để nhập.`,
    },
  };
}

export type ReportDueState = "SUBMITTED" | "NOT_DUE" | "DUE_SOON" | "OVERDUE";

export interface ReportDueInput {
  /** Last day (inclusive) the report may be submitted, any instant of that Vietnam day. */
  dueDate: Date;
  now: Date;
  submitted: boolean;
  reminderDays?: number;
  /** What is due, for the message, e.g. "Số liệu tháng 3/2024". */
  subject?: string;
}

export interface ReportDueStatus {
  state: ReportDueState;
  /** Calendar days from today to the due date (negative when overdue). */
  daysRemaining: number;
  /** Whether a reminder should be shown or sent. */
  remind: boolean;
  message?: string;
}

/** Reminder status: due within `reminderDays` days (inclusive) or overdue; nothing once submitted. */
export function reportDueStatus(input: ReportDueInput): ReportDueStatus {
  const { dueDate, now, submitted, reminderDays = REMINDER_DAYS, subject = "Báo cáo" } = input;
  const daysRemaining = vnCalendarDaysBetween(now, dueDate);
  const due = formatVnDate(dueDate);
  if (submitted) return { state: "SUBMITTED", daysRemaining, remind: false };
  if (daysRemaining < 0) {
    return {
      state: "OVERDUE",
      daysRemaining,
      remind: true,
      message: `${subject} đã quá hạn ${-daysRemaining} ngày (hạn ${due}).`,
    };
  }
  if (daysRemaining <= reminderDays) {
    const when = daysRemaining === 0 ? "đến hạn hôm nay" : `còn ${daysRemaining} ngày đến hạn`;
    return { state: "DUE_SOON", daysRemaining, remind: true, message: `${subject} ${when} (hạn ${due}).` };
  }
  return { state: "NOT_DUE", daysRemaining, remind: false };
}

/** Due date of a month's figures: its entry deadline day in the next month. */
export function monthlyFiguresDueDate(
  year: number,
  month: number,
  deadlineDay: number = DEFAULT_ENTRY_DEADLINE_DAY,
): Date {
  return entryWindow(year, month, deadlineDay).lastDay;
}

// ---- Correction after a return or an unlock (issue #13 case 5; the 5-day default is ours, not the seeds') ----

/** Days the commune gets to correct a returned or unlocked month when the reviewer does not choose a date. */
export const DEFAULT_CORRECTION_DAYS = 5;
/** The latest last day a reviewer may choose, in days from today. */
export const MAX_CORRECTION_DAYS = 31;

/** The default last day of a correction: today + 5 days (00:00 VN of that day). */
export function defaultCorrectionLastDay(now: Date): Date {
  return addVnDays(startOfVnDay(now), DEFAULT_CORRECTION_DAYS);
}

export type CorrectionWindow = { ok: true; lastDay: Date; until: Date } | ({ ok: false } & DomainMessage);

/**
 * The window a return or an unlock opens for the commune: from now through `lastDay` (a Vietnam calendar day,
 * inclusive; default today + 5). `until` is its exclusive end (00:00 VN of the next day), stored as the
 * unlock's end. Refused: a day before today, or more than 31 days ahead.
 */
export function correctionWindow(now: Date, lastDay: Date = defaultCorrectionLastDay(now)): CorrectionWindow {
  const today = startOfVnDay(now);
  const day = startOfVnDay(lastDay);
  const days = vnCalendarDaysBetween(today, day);
  if (days < 0)
    return {
      ok: false,
      code: "CORRECTION_IN_PAST",
      message: `Hạn sửa số liệu không được trước hôm nay (${formatVnDate(today)}).`,
    };
  if (days > MAX_CORRECTION_DAYS) {
    return {
      ok: false,
      code: "CORRECTION_TOO_LONG",
      message: `Hạn sửa số liệu tối đa ${MAX_CORRECTION_DAYS} ngày kể từ hôm nay (đến ${formatVnDate(addVnDays(today, MAX_CORRECTION_DAYS))}).`,
    };
  }
  return { ok: true, lastDay: day, until: addVnDays(day, 1) };
}

/**
 * The month the commune police should enter first (issue #13 case 6): of the months whose entry window is
 * open at `now` (Vietnam time) — last month until its deadline day, and the current month — the one whose
 * deadline comes first and that is not yet submitted (`isSubmitted`: SUBMITTED or ACCEPTED); when all are
 * submitted, the current month. At 01/12 03:00 with November not submitted: November (due 05/12), not December.
 * `deadlineDayOf(year)` is the province's deadline day in the programme of that year (default 5).
 */
export function monthToEnter(
  now: Date,
  isSubmitted: (ym: YearMonth) => boolean,
  deadlineDayOf: (year: number) => number = () => DEFAULT_ENTRY_DEADLINE_DAY,
): YearMonth {
  const current = yearMonthOf(now);
  const candidates = [addMonthsYM(current, -1), current]
    .map((ym) => ({ ym, closesAt: entryWindow(ym.year, ym.month, deadlineDayOf(ym.year)).closesAt }))
    .filter((c) => now.getTime() < c.closesAt.getTime())
    .sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime());
  return candidates.find((c) => !isSubmitted(c.ym))?.ym ?? current;
}
