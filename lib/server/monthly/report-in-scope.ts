import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/**
 * Reviewers: the district committee of the commune (in a 2-level province, the commune-level
 * committee acts as the district level for its own commune) and the province secretariat.
 * The commune's own police never review: "monthly.review" is not theirs.
 */
export async function requireReportInScope(actor: Actor, reportId: string) {
  if (!isUuid(reportId)) throw notFound();
  const report = await db.monthlyReport.findFirst({
    where: { id: reportId, commune: unitScope(actor) },
    select: {
      id: true,
      communeId: true,
      year: true,
      month: true,
      status: true,
      version: true,
      reviewedById: true,
      reviewedUnitId: true,
      reviewedLevel: true,
    },
  });
  if (!report) throw notFound();
  return report;
}
