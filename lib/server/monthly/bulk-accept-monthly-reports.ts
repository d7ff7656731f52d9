import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { bulkAcceptHeadline, skippedLines, type SkippedReport } from "@/lib/domain/bulk-review";
import { applyAcceptedTotals } from "./indicator-totals";
import { appNow } from "@/lib/clock";
import { reviewerStamp } from "./reviewer-stamp";
import { reviewerNames } from "./reviewer-names";

export type BulkAcceptResult = {
  accepted: number;
  selected: number;
  ids: string[];
  skipped: (SkippedReport & { reportId: string })[];
  message: string;
};

/**
 * Accepts every SUBMITTED report among the ids (in scope) in one transaction. The others — accepted or returned
 * meanwhile by someone else, or still drafts — are skipped and listed with the commune and why (issue #13 case 8):
 * "Đã tiếp nhận 3/5 báo cáo." followed by one line per skipped report.
 */
export async function bulkAcceptMonthlyReports(
  actor: Actor,
  reportIds: readonly string[],
  now = appNow(),
): Promise<BulkAcceptResult> {
  assertCan(actor, "monthly.review");
  const ids = [...new Set(reportIds)];
  if (ids.length === 0) return { accepted: 0, selected: 0, ids: [], skipped: [], message: bulkAcceptHeadline(0, 0) };
  if (!ids.every(isUuid)) throw notFound();
  // Every id must be a report of the actor's subtree: one outside it is "not found", nothing written.
  const inScope = await db.monthlyReport.count({ where: { id: { in: ids }, commune: unitScope(actor) } });
  if (inScope !== ids.length) throw notFound();
  const result = await db.$transaction(async (tx) => {
    const rows = await tx.monthlyReport.updateManyAndReturn({
      where: { id: { in: ids }, status: "SUBMITTED", commune: unitScope(actor) },
      data: { status: "ACCEPTED", ...reviewerStamp(actor, now), returnReason: null, version: { increment: 1 } },
      select: { id: true, communeId: true, year: true, month: true },
    });
    const accepted = rows.map((r) => r.id);
    await applyAcceptedTotals(tx, accepted, 1);
    // Read in the same transaction: what the others are now (committed by other reviewers meanwhile).
    const others = await tx.monthlyReport.findMany({
      where: { id: { in: ids.filter((id) => !accepted.includes(id)) } },
      select: { id: true, status: true, reviewedById: true, reviewedUnitId: true, commune: { select: { name: true } } },
      orderBy: { commune: { name: "asc" } },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "monthly.bulk-accept",
      entity: "MonthlyReport",
      after: { reports: rows, selected: ids.length, skipped: others.map((o) => ({ id: o.id, status: o.status })) },
    });
    return { accepted, others };
  });
  const who = await reviewerNames(result.others);
  const skipped = result.others.map((o) => ({
    reportId: o.id,
    communeName: o.commune.name,
    status: o.status,
    reviewedBy: o.status === "DRAFT" ? null : who(o),
  }));
  const message = [bulkAcceptHeadline(result.accepted.length, ids.length), ...skippedLines(skipped)].join("\n");
  return { accepted: result.accepted.length, selected: ids.length, ids: result.accepted, skipped, message };
}
