import "server-only";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import type { OpenProgrammeInput } from "@/lib/contracts/programme/open-programme";
import { checkPlanDate } from "@/lib/domain/decision-calendar";
import { fromDbDay } from "@/lib/domain/vn-date";

/** The plan a decision will cite must exist: not dated after today (lib/domain/decision-calendar.ts). */
export function requirePlanDate(planDate: string, now: Date) {
  const refused = checkPlanDate(fromDbDay(parseDay(planDate)!), now);
  if (refused) throw validation(refused.message, { planDate: [refused.message] });
}

/** The programme columns written by both open and update, from the form's input. */
export function programmeData(input: Omit<OpenProgrammeInput, "year">) {
  return {
    planNumber: input.planNumber,
    planDate: parseDay(input.planDate)!,
    capPercent: input.capPercent,
    passThresholdPercent: input.passThresholdPercent,
    approverTitle: input.approverTitle,
    proposalDeadline: parseDay(input.proposalDeadline)!,
    approvalDate: parseDay(input.approvalDate)!,
    planDeadline: parseDay(input.planDeadline)!,
    focusStart: parseDay(input.focusStart)!,
    focusEnd: parseDay(input.focusEnd)!,
    peakStart: parseDay(input.peakStart)!,
    peakEnd: parseDay(input.peakEnd)!,
    interimReviewDate: parseDay(input.interimReviewDate)!,
    yearEndReviewDeadline: parseDay(input.yearEndReviewDeadline)!,
    reportDeadline: parseDay(input.reportDeadline)!,
    verdictDeadline: parseDay(input.verdictDeadline)!,
  };
}
