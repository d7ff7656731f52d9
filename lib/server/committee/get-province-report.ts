import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { ministryDeadlineOf } from "./ministry-deadline";
import { provinceReportFigures, provinceReportSelect } from "./report-figures";

export type GetProvinceReportOptions = { actor: Actor; year: number };

/**
 * The secretariat's page (issue #18 §5): its province's report of `year` (or null), the figures it would carry now,
 * and the ministry's deadline (`ministryDeadlineOf`). Unknown year → "not found".
 */
export async function getProvinceReport({ actor, year }: GetProvinceReportOptions) {
  assertCan(actor, "province-report.submit");
  const programme = await requireProgrammeForYear(actor, year);
  const [report, figures, { deadline }] = await Promise.all([
    db.provinceReport.findUnique({ where: { programmeId: programme.id }, select: provinceReportSelect }),
    provinceReportFigures(actor, year),
    ministryDeadlineOf(year),
  ]);
  return { programme, report, figures, deadline };
}
