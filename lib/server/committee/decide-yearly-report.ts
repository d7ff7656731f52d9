import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { AppError, conflict, notFound, validation } from "@/lib/errors";
import { checkDecision } from "@/lib/domain/yearly-report";
import type { DecideYearlyReportInput } from "@/lib/contracts/committee/decide-yearly-report";

export type DecideYearlyReportOptions = { actor: Actor; input: DecideYearlyReportInput; now?: Date };

/**
 * Issue #18 §3: the standing office accepts a submitted report or returns it with a reason; returning an accepted
 * one undoes the acceptance (`checkDecision`: same level or higher, domain.md §8). Version-checked; records who
 * decided and the level. A report outside the actor's province answers "not found". Returns {id, status}.
 */
export async function decideYearlyReport({ actor, input, now = new Date() }: DecideYearlyReportOptions) {
  assertCan(actor, "yearly-report.review");
  if (!isUuid(input.reportId)) throw notFound();
  const report = await db.yearlyReport.findFirst({
    where: { id: input.reportId, programme: { province: unitScope(actor) } },
    select: { id: true, status: true, decidedLevel: true, programme: { select: { provinceId: true } } },
  });
  if (!report) throw notFound();
  const check = checkDecision({
    status: report.status,
    decision: input.decision,
    reason: input.reason ?? null,
    decidedLevel: report.decidedLevel,
    actorLevel: actor.unitLevel,
  });
  if (!check.ok)
    throw check.code === "REASON_REQUIRED"
      ? validation(check.message, { reason: [check.message] })
      : new AppError("VALIDATION", check.message);
  const status = input.decision === "ACCEPT" ? "ACCEPTED" : "RETURNED";
  return db.$transaction(async (tx) => {
    const updated = await tx.yearlyReport.updateMany({
      where: { id: report.id, version: input.version },
      data: {
        status,
        decidedAt: now,
        decidedById: actor.userId,
        decidedLevel: actor.unitLevel,
        returnReason: status === "RETURNED" ? input.reason! : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw conflict();
    await writeAudit(tx, auditActor(actor), {
      action: status === "ACCEPTED" ? "yearly-report.accept" : "yearly-report.return",
      entity: "YearlyReport",
      entityId: report.id,
      unitId: report.programme.provinceId,
      before: { status: report.status },
      after: { status, reason: input.reason ?? null },
    });
    return { id: report.id, status };
  });
}
