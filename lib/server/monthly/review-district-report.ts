import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { transition } from "@/lib/domain/review-workflow";
import { applyAcceptedTotals } from "./indicator-totals";
import { reviewerStamp } from "./reviewer-stamp";
import { inSubtreeInMonth } from "@/lib/server/units/in-subtree-in-month";
import { appNow } from "@/lib/clock";

/**
 * The province secretariat accepts (also accepting the submitted commune reports of that unit
 * and month, totals in the same transaction) or returns with a mandatory reason.
 */
export async function reviewDistrictReport(
  actor: Actor,
  input: { reportId: string; version: number; reason?: string },
  decision: "ACCEPT" | "RETURN",
  now = appNow(),
) {
  assertCan(actor, "monthly.review");
  if (!isUuid(input.reportId)) throw notFound();
  const report = await db.districtReport.findFirst({
    where: { id: input.reportId, unit: unitScope(actor) },
    select: { id: true, unitId: true, status: true, year: true, month: true },
  });
  if (!report) throw notFound();
  if (report.unitId === actor.unitId) throw validation("Không thể tự xét duyệt báo cáo của đơn vị mình.");
  const step = transition(report.status, decision, { reason: input.reason });
  if (!step.ok)
    throw validation(step.message, step.code === "REASON_REQUIRED" ? { reason: [step.message] } : undefined);
  return db.$transaction(async (tx) => {
    const updated = await tx.districtReport.updateMany({
      where: { id: report.id, version: input.version, status: report.status },
      data: {
        status: step.next,
        reviewedAt: now,
        reviewedById: actor.userId,
        returnReason: decision === "RETURN" ? input.reason!.trim() : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw conflict();
    let acceptedCommunes = 0;
    if (decision === "ACCEPT") {
      const rows = await tx.monthlyReport.updateManyAndReturn({
        where: {
          year: report.year,
          month: report.month,
          status: "SUBMITTED",
          commune: inSubtreeInMonth(report.unitId, new Date(Date.UTC(report.year, report.month - 1, 1))),
        },
        data: { status: "ACCEPTED", ...reviewerStamp(actor, now), returnReason: null, version: { increment: 1 } },
        select: { id: true },
      });
      acceptedCommunes = rows.length;
      await applyAcceptedTotals(
        tx,
        rows.map((r) => r.id),
        1,
      );
    }
    await writeAudit(tx, auditActor(actor), {
      action: decision === "ACCEPT" ? "district-report.accept" : "district-report.return",
      entity: "DistrictReport",
      entityId: report.id,
      unitId: report.unitId,
      before: { status: report.status },
      after: { status: step.next, reason: input.reason ?? null, acceptedCommunes },
    });
    return { id: report.id, status: step.next, acceptedCommunes };
  });
}
