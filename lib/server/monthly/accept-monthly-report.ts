import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { transition } from "@/lib/domain/review-workflow";
import { applyAcceptedTotals } from "./indicator-totals";
import { appNow } from "@/lib/clock";
import { reviewerStamp } from "./reviewer-stamp";
import { requireReportInScope } from "./report-in-scope";

/** What `acceptMonthlyReport` takes besides the actor. */
export type AcceptMonthlyReportOptions = { reportId: string; version: number };

/**
 * Accepts (locks) a submitted report of the actor's subtree and adds its values to the totals in the same transaction;
 * refused for another status, "changed by someone else" on a stale version.
 */
export async function acceptMonthlyReport(
  actor: Actor,
  { reportId, version }: AcceptMonthlyReportOptions,
  now = appNow(),
) {
  assertCan(actor, "monthly.review");
  const report = await requireReportInScope(actor, reportId);
  const step = transition(report.status, "ACCEPT");
  if (!step.ok) throw validation(step.message);
  return db.$transaction(async (tx) => {
    const updated = await tx.monthlyReport.updateMany({
      where: { id: report.id, version, status: "SUBMITTED" },
      data: { status: "ACCEPTED", ...reviewerStamp(actor, now), returnReason: null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    await applyAcceptedTotals(tx, report.id, 1);
    await writeAudit(tx, auditActor(actor), {
      action: "monthly.accept",
      entity: "MonthlyReport",
      entityId: report.id,
      unitId: report.communeId,
      before: { status: report.status },
      after: { status: "ACCEPTED", level: actor.unitLevel },
    });
    return { id: report.id, status: "ACCEPTED" as const, version: version + 1 };
  });
}
