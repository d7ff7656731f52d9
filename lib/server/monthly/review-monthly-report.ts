import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { transition } from "@/lib/domain/review-workflow";
import { addVnDays, startOfVnDay, formatVnDate } from "@/lib/domain/vn-date";
import { t, vi } from "@/lib/i18n/vi";
import { applyAcceptedTotals } from "./indicator-totals";
import { communeMonthContext } from "./context";
import { auditActor } from "./save-monthly-report";
import { appNow } from "@/lib/clock";

/**
 * Reviewers: the district committee of the commune (in a 2-level province, the commune-level
 * committee acts as the district level for its own commune) and the province secretariat.
 * The commune's own police never review: "monthly.review" is not theirs.
 */
async function requireReportInScope(actor: Actor, reportId: string) {
  if (!isUuid(reportId)) throw notFound();
  const report = await db.monthlyReport.findFirst({
    where: { id: reportId, commune: unitScope(actor) },
    select: { id: true, communeId: true, year: true, month: true, status: true, version: true },
  });
  if (!report) throw notFound();
  return report;
}

export async function acceptMonthlyReport(actor: Actor, reportId: string, version: number, now = appNow()) {
  assertCan(actor, "monthly.review");
  const report = await requireReportInScope(actor, reportId);
  const step = transition(report.status, "ACCEPT");
  if (!step.ok) throw validation(step.message);
  return db.$transaction(async (tx) => {
    const n = await tx.monthlyReport.updateMany({
      where: { id: report.id, version, status: "SUBMITTED" },
      data: { status: "ACCEPTED", reviewedAt: now, reviewedById: actor.userId, returnReason: null, version: { increment: 1 } },
    });
    if (n.count === 0) throw conflict();
    await applyAcceptedTotals(tx, report.id, 1);
    await writeAudit(tx, auditActor(actor), { action: "monthly.accept", entity: "MonthlyReport", entityId: report.id, unitId: report.communeId, before: { status: report.status }, after: { status: "ACCEPTED" } });
    return { id: report.id, status: "ACCEPTED" as const, version: version + 1 };
  });
}

/** Accepts every SUBMITTED report among the ids (in scope) in one transaction; others are skipped. */
export async function bulkAcceptMonthlyReports(actor: Actor, reportIds: readonly string[], now = appNow()) {
  assertCan(actor, "monthly.review");
  const ids = [...new Set(reportIds)];
  if (ids.length === 0) return { accepted: 0, ids: [] as string[] };
  if (!ids.every(isUuid)) throw notFound();
  // Every id must be a report of the actor's subtree: one outside it is "not found", nothing written.
  const inScope = await db.monthlyReport.count({ where: { id: { in: ids }, commune: unitScope(actor) } });
  if (inScope !== ids.length) throw notFound();
  return db.$transaction(async (tx) => {
    const rows = await tx.monthlyReport.updateManyAndReturn({
      where: { id: { in: ids }, status: "SUBMITTED", commune: unitScope(actor) },
      data: { status: "ACCEPTED", reviewedAt: now, reviewedById: actor.userId, returnReason: null, version: { increment: 1 } },
      select: { id: true, communeId: true, year: true, month: true },
    });
    const accepted = rows.map((r) => r.id);
    await applyAcceptedTotals(tx, accepted, 1);
    await writeAudit(tx, auditActor(actor), { action: "monthly.bulk-accept", entity: "MonthlyReport", after: { reports: rows } });
    return { accepted: accepted.length, ids: accepted };
  });
}

/**
 * Return with a mandatory reason: SUBMITTED → RETURNED; an ACCEPTED report is unlocked
 * (RETURNED, its values taken out of the totals in the same transaction).
 */
export async function returnMonthlyReport(actor: Actor, reportId: string, version: number, reason: string, now = appNow()) {
  assertCan(actor, "monthly.review");
  const report = await requireReportInScope(actor, reportId);
  const wasAccepted = report.status === "ACCEPTED";
  if (wasAccepted) assertCan(actor, "entry.unlock");
  const step = transition(report.status, wasAccepted ? "UNLOCK" : "RETURN", { reason });
  if (!step.ok) throw validation(step.message, step.code === "REASON_REQUIRED" ? { reason: [step.message] } : undefined);
  return db.$transaction(async (tx) => {
    const n = await tx.monthlyReport.updateMany({
      where: { id: report.id, version, status: report.status },
      data: { status: step.next, reviewedAt: now, reviewedById: actor.userId, returnReason: reason.trim(), version: { increment: 1 } },
    });
    if (n.count === 0) throw conflict();
    if (wasAccepted) await applyAcceptedTotals(tx, report.id, -1);
    await writeAudit(tx, auditActor(actor), {
      action: wasAccepted ? "monthly.unlock" : "monthly.return", entity: "MonthlyReport", entityId: report.id, unitId: report.communeId,
      before: { status: report.status }, after: { status: step.next, reason: reason.trim() },
    });
    return { id: report.id, status: step.next, version: version + 1 };
  });
}

/** Unlock of accepted (locked) data: needs a reason, audited, totals adjusted in the same transaction. */
export async function unlockMonthlyReport(actor: Actor, reportId: string, reason: string, now = appNow()) {
  assertCan(actor, "entry.unlock");
  const report = await requireReportInScope(actor, reportId);
  if (report.status !== "ACCEPTED") throw validation("Chỉ mở khóa được số liệu đã tiếp nhận.");
  return returnMonthlyReport(actor, reportId, report.version, reason, now);
}

/**
 * Late entry after the window closed, granted by the level above (district committee or
 * province secretariat) with a reason, until the end of the `days`-th day from today (VN).
 */
export async function grantEntryUnlock(actor: Actor, input: { communeId: string; year: number; month: number; reason: string; days?: number }, now = appNow()) {
  assertCan(actor, "entry.unlock");
  const ctx = await communeMonthContext(actor, input.communeId, input.year, input.month, now);
  if (actor.unitId === ctx.commune.id && actor.role !== "DISTRICT_COMMITTEE") throw notFound();
  const reason = input.reason.trim();
  if (!reason) throw validation(vi.monthly.reasonRequired, { reason: [vi.monthly.reasonRequired] });
  const until = addVnDays(startOfVnDay(now), input.days ?? 7);
  return db.$transaction(async (tx) => {
    const row = await tx.entryUnlock.create({
      data: { communeId: ctx.commune.id, year: input.year, month: input.month, reason, grantedById: actor.userId, until },
      select: { id: true, until: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "monthly.grant-entry", entity: "EntryUnlock", entityId: row.id, unitId: ctx.commune.id, after: { year: input.year, month: input.month, reason, until } });
    return { id: row.id, until, message: t(vi.monthly.granted, { date: formatVnDate(addVnDays(until, -1)) }) };
  });
}

