// The open steps of the yearly cycle for a role's home page (issue #13 case 9; domain.md §2: proposal, approval,
// plan, interim review 6 months, district year-end review, province report, verdict before 15/12, next year's
// proposals in December — seed 000, 001, 002). Dates come from the programme's own timeline (programmeDates).
import { DUE_SOON_DAYS, type PhaseStatus } from "./programme-calendar";
import { formatVnDate, vnCalendarDaysBetween } from "./vn-date";

export interface YearStep {
  key: string;
  /** First day the step can be taken (VN day). */
  startDate: Date;
  /** Last day it is due (VN day, inclusive). */
  dueDate: Date;
  /** What is left (communes without a review, verdicts not issued, 1 for a single act); 0 = done. */
  remaining: number;
}

export type OpenYearStep<T extends YearStep> = T & {
  status: Exclude<PhaseStatus, "UPCOMING" | "DONE">;
  daysRemaining: number;
};

/**
 * The steps open on `today` — started and with something left — overdue first (the most overdue on top),
 * then by due date. Steps not started yet and steps with nothing left are dropped.
 */
export function openYearSteps<T extends YearStep>(steps: readonly T[], today: Date): OpenYearStep<T>[] {
  return steps
    .filter((s) => s.remaining > 0 && vnCalendarDaysBetween(today, s.startDate) <= 0)
    .map((step) => {
      const daysRemaining = vnCalendarDaysBetween(today, step.dueDate);
      // The same thresholds as the programme's phases (programme-calendar.ts phaseStatus).
      const status =
        daysRemaining < 0
          ? ("LATE" as const)
          : daysRemaining <= DUE_SOON_DAYS
            ? ("DUE_SOON" as const)
            : ("OPEN" as const);
      return { ...step, status, daysRemaining };
    })
    .sort((a, b) => a.daysRemaining - b.daysRemaining);
}

/** "Quá hạn 76 ngày (hạn 15/09/2026)", "Hạn hôm nay (14/12/2026)", "Còn 14 ngày (hạn 14/12/2026)". */
export function dueText(daysRemaining: number, dueDate: Date): string {
  const due = formatVnDate(dueDate);
  if (daysRemaining < 0) return `Quá hạn ${-daysRemaining} ngày (hạn ${due})`;
  if (daysRemaining === 0) return `Hạn hôm nay (${due})`;
  return `Còn ${daysRemaining} ngày (hạn ${due})`;
}
