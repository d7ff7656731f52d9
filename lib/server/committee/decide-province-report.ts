import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { AppError, conflict, notFound, validation } from "@/lib/errors";
import { checkMinistryDecision } from "@/lib/domain/yearly-report";
import type { DecideProvinceReportInput } from "@/lib/contracts/committee/decide-province-report";

export type DecideProvinceReportOptions = { actor: Actor; input: DecideProvinceReportInput; now?: Date };

/**
 * The ministry receives a submitted province report or returns it with a reason (issue #18 §5; version-checked,
 * audited). A report outside the actor's subtree answers "not found". Returns {id, status}.
 */
export async function decideProvinceReport({ actor, input, now = new Date() }: DecideProvinceReportOptions) {
  assertCan(actor, "ministry.receive");
  if (!isUuid(input.reportId)) throw notFound();
  const report = await db.provinceReport.findFirst({
    where: { id: input.reportId, programme: { province: unitScope(actor) } },
    select: { id: true, status: true, programme: { select: { provinceId: true } } },
  });
  if (!report) throw notFound();
  const check = checkMinistryDecision(report.status, input.decision, input.reason ?? null);
  if (!check.ok)
    throw check.code === "REASON_REQUIRED"
      ? validation(check.message, { reason: [check.message] })
      : new AppError("VALIDATION", check.message);
  const status = input.decision === "RECEIVE" ? "RECEIVED" : "RETURNED";
  return db.$transaction(async (tx) => {
    const updated = await tx.provinceReport.updateMany({
      where: { id: report.id, version: input.version },
      data: {
        status,
        decidedAt: now,
        decidedById: actor.userId,
        returnReason: status === "RETURNED" ? input.reason! : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw conflict();
    await writeAudit(tx, auditActor(actor), {
      action: status === "RECEIVED" ? "province-report.receive" : "province-report.return",
      entity: "ProvinceReport",
      entityId: report.id,
      unitId: report.programme.provinceId,
      before: { status: report.status },
      after: { status, reason: input.reason ?? null },
    });
    return { id: report.id, status };
  });
}
