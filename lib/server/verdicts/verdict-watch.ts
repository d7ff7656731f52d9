import "server-only";
import { isUnderWatch, watchEndDate } from "@/lib/domain/relapse-watch";
import { fromDbDay } from "@/lib/domain/vn-date";
import type { VerdictRow } from "./verdict-state";

/** The relapse watch after a passed verdict: its end, and whether it is running today (domain.md §5). */
export function watchOf(verdict: VerdictRow | null, months: number, today: Date) {
  if (!verdict || verdict.verdict !== "PASSED" || !verdict.decisionDate) return null;
  const start = fromDbDay(verdict.decisionDate);
  const end = watchEndDate(start, months);
  // A decision dated later than today is watched from its date: shown as under watch (not "ended").
  return { end, active: isUnderWatch({ verdictDate: start, months, today }) || today < start };
}
