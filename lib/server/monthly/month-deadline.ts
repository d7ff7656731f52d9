import "server-only";
import { DEFAULT_ENTRY_DEADLINE_DAY, entryWindow } from "@/lib/domain/entry-window";
import { addVnDays } from "@/lib/domain/vn-date";
import { programmeOf } from "./context";

export type Timeliness = "ON_TIME" | "LATE" | "MISSING" | "NOT_DUE";

/** Days after the communes' deadline the district report is due (app decision, documented in the report). */
export const DISTRICT_REPORT_EXTRA_DAYS = 3;

/** Due date and window of a month's figures in a province. */
export async function monthDeadline(provinceId: string, year: number, month: number) {
  const programme = await programmeOf(provinceId, year);
  const deadlineDay = programme?.entryDeadlineDay ?? DEFAULT_ENTRY_DEADLINE_DAY;
  const result = entryWindow(year, month, deadlineDay);
  return {
    deadlineDay,
    closesAt: result.closesAt,
    dueDate: result.lastDay,
    districtDueDate: addVnDays(result.lastDay, DISTRICT_REPORT_EXTRA_DAYS),
  };
}

/** On time, late, missing or not yet due: a report's submission against the month's closing moment. */
export function timelinessOf(status: string | null, submittedAt: Date | null, closesAt: Date, now: Date): Timeliness {
  const submitted = status === "SUBMITTED" || status === "ACCEPTED";
  if (submitted && submittedAt) return submittedAt.getTime() < closesAt.getTime() ? "ON_TIME" : "LATE";
  return now.getTime() < closesAt.getTime() ? "NOT_DUE" : "MISSING";
}
