// Watching passed communes for relapse ("tái phức tạp"), domain.md §6:
// passed communes leave the list and are watched for a period (e.g. 6 months) [public].
import type { DomainMessage, Verdict } from "./types";
import { addVnMonths, startOfVnDay, vnCalendarDaysBetween } from "./vn-date";

/** domain.md §6 [public]: 6 months; configurable per province. */
export const DEFAULT_WATCH_MONTHS = 6;

/**
 * First Vietnam calendar day AFTER the watch (exclusive end), 00:00 VN time.
 * Verdict 15/12/2023 + 6 months → 15/06/2024: watched from 15/12/2023 to 14/06/2024 inclusive.
 * Month ends clamp (31/08 + 6 → 29/02 in a leap year).
 */
export function watchEndDate(verdictDate: Date, months: number = DEFAULT_WATCH_MONTHS): Date {
  if (!Number.isInteger(months) || months < 0) {
    throw new RangeError(`months must be a non-negative integer, got ${months}`);
  }
  return addVnMonths(verdictDate, months);
}

export interface WatchInput {
  verdictDate: Date;
  months?: number;
  today: Date;
}

/** True from the verdict day (inclusive) until the end date (exclusive), by Vietnam calendar day. */
export function isUnderWatch({ verdictDate, months = DEFAULT_WATCH_MONTHS, today }: WatchInput): boolean {
  const start = startOfVnDay(verdictDate);
  const end = watchEndDate(verdictDate, months);
  return vnCalendarDaysBetween(start, today) >= 0 && vnCalendarDaysBetween(end, today) < 0;
}

/** Calendar days left in the watch, counting today; 0 once it has ended or before it starts. */
export function watchDaysRemaining({ verdictDate, months = DEFAULT_WATCH_MONTHS, today }: WatchInput): number {
  if (!isUnderWatch({ verdictDate, months, today })) return 0;
  return vnCalendarDaysBetween(today, watchEndDate(verdictDate, months));
}

export interface ProposeAgainInput {
  lastVerdict: Verdict | null;
  relapseRecorded: boolean;
}

export interface ProposeAgainResult {
  allowed: boolean;
  reason: DomainMessage;
}

/**
 * May the commune be proposed again? A passed commune has left the list (seed 002 mục II.2) and
 * returns only after a recorded relapse; a failed one continues anyway (seed 001).
 */
export function canProposeAgain({ lastVerdict, relapseRecorded }: ProposeAgainInput): ProposeAgainResult {
  if (lastVerdict === "PASSED" && !relapseRecorded) {
    return {
      allowed: false,
      reason: {
        code: "PASSED_NO_RELAPSE",
        message: "Xã đã chuyển hóa đạt và chưa có ghi nhận tái phức tạp nên không đề xuất lại.",
      },
    };
  }
  if (lastVerdict === "PASSED") {
    return {
      allowed: true,
      reason: { code: "RELAPSED", message: "Xã đã chuyển hóa đạt nhưng có ghi nhận tái phức tạp; được đề xuất lại." },
    };
  }
  if (lastVerdict === "NOT_PASSED") {
    return {
      allowed: true,
      reason: { code: "NOT_PASSED_CONTINUES", message: "Xã chuyển hóa chưa đạt, tiếp tục chuyển hóa năm tiếp theo." },
    };
  }
  return { allowed: true, reason: { code: "NO_PRIOR_VERDICT", message: "Xã chưa có kết quả chuyển hóa trước đó." } };
}
