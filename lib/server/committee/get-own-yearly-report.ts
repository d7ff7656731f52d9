import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { appNow } from "@/lib/clock";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { reporterFigures } from "./reporter-figures";
import { reporterOf, reporterTasks, yearlyReportSelect } from "./yearly-report-parts";

export type GetOwnYearlyReportOptions = { actor: Actor; year: number; now?: Date };

/**
 * Issue #18 §3: the reporter's own report of `year` with the programme's deadline (`reportDeadline`, seed 002 mục
 * V.2: 19/11), the tasks and (a committee's) figures the report would carry if sent now. Unknown year of the
 * actor's province → "not found".
 */
export async function getOwnYearlyReport({ actor, year, now = appNow() }: GetOwnYearlyReportOptions) {
  assertCan(actor, "yearly-report.submit");
  const programme = await requireProgrammeForYear(actor, year);
  const [report, tasks, figures] = await Promise.all([
    db.yearlyReport.findFirst({
      where: { programmeId: programme.id, ...reporterOf(actor) },
      select: yearlyReportSelect,
    }),
    reporterTasks(actor, programme),
    reporterFigures(actor, year, now),
  ]);
  return { programme, report, tasks, figures };
}
