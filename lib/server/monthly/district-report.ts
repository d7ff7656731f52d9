import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { transition } from "@/lib/domain/review-workflow";
import { applyAcceptedTotals } from "./indicator-totals";
import { checkYearMonth } from "./context";
import { auditActor } from "./save-monthly-report";
import { reviewerStamp } from "./review-monthly-report";
import { appNow } from "@/lib/clock";

/**
 * The district committee's monthly report to the province: the communes' figures (read live
 * from their reports) plus its own narrative. In a 2-level province the commune-level committee
 * (e.g. hc.bcdxa) submits it for its commune. Resubmission after a return keeps one row.
 */
export async function submitDistrictReport(actor: Actor, input: { unitId: string; year: number; month: number; version: number; narrative: string }, now = appNow()) {
  assertCan(actor, "district-report.submit");
  checkYearMonth(input.year, input.month);
  if (input.unitId !== actor.unitId) throw notFound();
  const unit = await requireUnitInScope(actor, input.unitId);
  if (!unit.provinceId || (unit.level !== "DISTRICT" && unit.level !== "COMMUNE")) throw notFound();
  const existing = await db.districtReport.findUnique({ where: { unitId_year_month: { unitId: unit.id, year: input.year, month: input.month } }, select: { id: true, status: true, version: true, submittedById: true } });
  if (existing && existing.status === "SUBMITTED" && existing.version === input.version + 1 && existing.submittedById === actor.userId) {
    return { id: existing.id, status: existing.status, version: existing.version, idempotent: true };
  }
  const step = transition(existing?.status ?? "DRAFT", "SUBMIT");
  if (!step.ok) throw validation(step.message);
  return db.$transaction(async (tx) => {
    let id: string;
    if (!existing) {
      if (input.version !== 0) throw conflict();
      const rows = await tx.districtReport.createManyAndReturn({
        data: [{ unitId: unit.id, provinceId: unit.provinceId!, year: input.year, month: input.month, status: "SUBMITTED", narrative: input.narrative, submittedAt: now, submittedById: actor.userId }],
        skipDuplicates: true, select: { id: true },
      });
      if (rows.length === 0) throw conflict();
      id = rows[0]!.id;
    } else {
      const updated = await tx.districtReport.updateMany({
        where: { id: existing.id, version: input.version, status: { in: ["DRAFT", "RETURNED"] } },
        data: { status: "SUBMITTED", narrative: input.narrative, submittedAt: now, submittedById: actor.userId, version: { increment: 1 } },
      });
      if (updated.count === 0) throw conflict();
      id = existing.id;
    }
    await writeAudit(tx, auditActor(actor), { action: "district-report.submit", entity: "DistrictReport", entityId: id, unitId: unit.id, after: { year: input.year, month: input.month } });
    return { id, status: "SUBMITTED" as const, version: existing ? input.version + 1 : 1 };
  });
}

/**
 * The province secretariat accepts (also accepting the submitted commune reports of that unit
 * and month, totals in the same transaction) or returns with a mandatory reason.
 */
export async function reviewDistrictReport(actor: Actor, input: { reportId: string; version: number; reason?: string }, decision: "ACCEPT" | "RETURN", now = appNow()) {
  assertCan(actor, "monthly.review");
  if (!isUuid(input.reportId)) throw notFound();
  const report = await db.districtReport.findFirst({ where: { id: input.reportId, unit: unitScope(actor) }, select: { id: true, unitId: true, status: true, year: true, month: true } });
  if (!report) throw notFound();
  if (report.unitId === actor.unitId) throw validation("Không thể tự xét duyệt báo cáo của đơn vị mình.");
  const step = transition(report.status, decision, { reason: input.reason });
  if (!step.ok) throw validation(step.message, step.code === "REASON_REQUIRED" ? { reason: [step.message] } : undefined);
  return db.$transaction(async (tx) => {
    const updated = await tx.districtReport.updateMany({
      where: { id: report.id, version: input.version, status: report.status },
      data: { status: step.next, reviewedAt: now, reviewedById: actor.userId, returnReason: decision === "RETURN" ? input.reason!.trim() : null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    let acceptedCommunes = 0;
    if (decision === "ACCEPT") {
      const rows = await tx.monthlyReport.updateManyAndReturn({
        where: { year: report.year, month: report.month, status: "SUBMITTED", commune: { lineage: { has: report.unitId } } },
        data: { status: "ACCEPTED", ...reviewerStamp(actor, now), returnReason: null, version: { increment: 1 } },
        select: { id: true },
      });
      acceptedCommunes = rows.length;
      await applyAcceptedTotals(tx, rows.map((r) => r.id), 1);
    }
    await writeAudit(tx, auditActor(actor), {
      action: decision === "ACCEPT" ? "district-report.accept" : "district-report.return", entity: "DistrictReport", entityId: report.id, unitId: report.unitId,
      before: { status: report.status }, after: { status: step.next, reason: input.reason ?? null, acceptedCommunes },
    });
    return { id: report.id, status: step.next, acceptedCommunes };
  });
}
