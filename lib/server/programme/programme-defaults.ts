import "server-only";
import { DEFAULT_CAP_PERCENT } from "@/lib/domain/selection-cap";
import { defaultProgrammeDates } from "@/lib/domain/programme-calendar";
import { defaultPlanDate } from "@/lib/domain/decision-calendar";
import { toDbDay } from "@/lib/domain/vn-date";
import { toInputDay } from "@/lib/format";
import type { ProgrammeFormValues } from "@/lib/contracts/programme/open-programme";
import { appNow } from "@/lib/clock";

/** Form defaults to open year `year`: the seed plans' dates (lib/domain/programme-calendar.ts), every one editable. */
export function programmeDefaults(year: number, now = appNow()): ProgrammeFormValues {
  const result = defaultProgrammeDates(year);
  const day = (x: Date) => toInputDay(toDbDay(x));
  return {
    year,
    planNumber: `/KH-BCĐ`,
    // Never a day still ahead (on 30/11/2026 it offered 01/12/2026): the plan a decision cites already exists.
    planDate: day(defaultPlanDate(result.proposalStart, now)),
    capPercent: DEFAULT_CAP_PERCENT,
    passThresholdPercent: 80,
    approverTitle: "Trưởng Ban Chỉ đạo",
    proposalDeadline: day(result.proposalDeadline),
    approvalDate: day(result.listApprovalDate),
    planDeadline: day(result.planDeadline),
    focusStart: day(result.focusStart),
    focusEnd: day(result.focusEnd),
    peakStart: day(result.peakStart),
    peakEnd: day(result.peakEnd),
    interimReviewDate: day(result.interimReviewDate),
    yearEndReviewDeadline: day(result.districtReviewDeadline),
    reportDeadline: day(result.provinceReportDeadline),
    verdictDeadline: day(result.verdictDeadline),
  };
}
