import "server-only";
import { db } from "@/lib/db";
import { ministryReportDeadline } from "@/lib/domain/yearly-report";
import { fromDbDay } from "@/lib/domain/vn-date";

/**
 * The last day for the provinces' year-end reports of `year` to reach the ministry (a Vietnam midnight): the day the
 * national administrator recorded (`MinistryReportDeadline`), else the default of `ministryReportDeadline` (19/12).
 * Returns {deadline, configured, version} (version 0 when not configured).
 */
export async function ministryDeadlineOf(year: number) {
  const row = await db.ministryReportDeadline.findUnique({
    where: { year },
    select: { deadline: true, version: true },
  });
  return row
    ? { deadline: fromDbDay(row.deadline), configured: true, version: row.version }
    : { deadline: ministryReportDeadline(year), configured: false, version: 0 };
}
