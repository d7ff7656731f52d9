import type { Period } from "@/lib/domain/period";
import { fromDbDay, vnDay } from "@/lib/domain/vn-date";

/**
 * The period a review covers (seed 000: "Định kỳ 6 tháng sơ kết, 01 năm tổ chức tổng kết"; seed 001: the six
 * months of focused measures start at the province's focus start, e.g. 01/03):
 * - INTERIM: the six months from the month of Programme.focusStart;
 * - YEAR_END: the programme's calendar year (months without accepted figures simply count as no data).
 */
export function reviewPeriod(programme: { year: number; focusStart: Date }, kind: "INTERIM" | "YEAR_END"): Period {
  if (kind === "YEAR_END") return { kind: "YEAR", year: programme.year };
  const start = vnDay(fromDbDay(programme.focusStart));
  return { kind: "SIX_MONTHS", year: start.year, startMonth: start.month };
}
