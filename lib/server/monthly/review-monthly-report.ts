import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { transition } from "@/lib/domain/review-workflow";
import { addVnDays, startOfVnDay, formatVnDate } from "@/lib/domain/vn-date";
import { correctionWindow } from "@/lib/domain/entry-window";
import { mayUndoDecision } from "@/lib/domain/undo-rights";
import { bulkAcceptHeadline, skippedLines, type SkippedReport } from "@/lib/domain/bulk-review";
import type { UnitLevel } from "@/lib/generated/prisma/client";
import { t, vi } from "@/lib/i18n/vi";
import { applyAcceptedTotals } from "./indicator-totals";
import { communeMonthContext } from "./context";
import { auditActor } from "./save-monthly-report";
import { appNow } from "@/lib/clock";

/** The reviewer's stamp on a decision: who, when, and the unit and level that decided (lib/domain/undo-rights.ts). */
export const reviewerStamp = (actor: Actor, now: Date) => ({
  reviewedAt: now, reviewedById: actor.userId, reviewedUnitId: actor.unitId, reviewedLevel: actor.unitLevel,
});

/** "Full name (unit name)" of the reviewers who took decisions, by user id. */
export async function reviewerNames(rows: readonly { reviewedById: string | null; reviewedUnitId: string | null }[]) {
  const userIds = [...new Set(rows.map((r) => r.reviewedById).filter((x): x is string => !!x))];
  const unitIds = [...new Set(rows.map((r) => r.reviewedUnitId).filter((x): x is string => !!x))];
  const [users, units] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true, unit: { select: { name: true } } } }),
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
  ]);
  const byUser = new Map(users.map((u) => [u.id, u]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return (report: { reviewedById: string | null; reviewedUnitId: string | null }): string | null => {
    const reviewer = report.reviewedById ? byUser.get(report.reviewedById) : undefined;
    const unit = (report.reviewedUnitId ? unitName.get(report.reviewedUnitId) : undefined) ?? reviewer?.unit.name;
    if (!reviewer) return unit ?? null;
    return unit ? `${reviewer.fullName} (${unit})` : reviewer.fullName;
  };
}

/**
 * Reviewers: the district committee of the commune (in a 2-level province, the commune-level
 * committee acts as the district level for its own commune) and the province secretariat.
 * The commune's own police never review: "monthly.review" is not theirs.
 */
async function requireReportInScope(actor: Actor, reportId: string) {
  if (!isUuid(reportId)) throw notFound();
  const report = await db.monthlyReport.findFirst({
    where: { id: reportId, commune: unitScope(actor) },
    select: { id: true, communeId: true, year: true, month: true, status: true, version: true, reviewedById: true, reviewedUnitId: true, reviewedLevel: true },
  });
  if (!report) throw notFound();
  return report;
}

/**
 * Whether the actor may undo the report's acceptance (domain.md §8): the level that accepted it or a higher one.
 * Used by the page (to show or hide "Mở khóa"), and by every unlock path below; refuses with who accepted.
 */
export async function checkUndoAcceptance(actor: Actor, report: { reviewedById: string | null; reviewedUnitId: string | null; reviewedLevel: UnitLevel | null }) {
  const name = (await reviewerNames([report]))(report);
  return mayUndoDecision({ decidedLevel: report.reviewedLevel, actorLevel: actor.unitLevel, decidedBy: name });
}

export async function acceptMonthlyReport(actor: Actor, reportId: string, version: number, now = appNow()) {
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
    await writeAudit(tx, auditActor(actor), { action: "monthly.accept", entity: "MonthlyReport", entityId: report.id, unitId: report.communeId, before: { status: report.status }, after: { status: "ACCEPTED", level: actor.unitLevel } });
    return { id: report.id, status: "ACCEPTED" as const, version: version + 1 };
  });
}

export type BulkAcceptResult = { accepted: number; selected: number; ids: string[]; skipped: (SkippedReport & { reportId: string })[]; message: string };

/**
 * Accepts every SUBMITTED report among the ids (in scope) in one transaction. The others — accepted or returned
 * meanwhile by someone else, or still drafts — are skipped and listed with the commune and why (issue #13 case 8):
 * "Đã tiếp nhận 3/5 báo cáo." followed by one line per skipped report.
 */
export async function bulkAcceptMonthlyReports(actor: Actor, reportIds: readonly string[], now = appNow()): Promise<BulkAcceptResult> {
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
      action: "monthly.bulk-accept", entity: "MonthlyReport",
      after: { reports: rows, selected: ids.length, skipped: others.map((o) => ({ id: o.id, status: o.status })) },
    });
    return { accepted, others };
  });
  const who = await reviewerNames(result.others);
  const skipped = result.others.map((o) => ({ reportId: o.id, communeName: o.commune.name, status: o.status, reviewedBy: o.status === "DRAFT" ? null : who(o) }));
  const message = [bulkAcceptHeadline(result.accepted.length, ids.length), ...skippedLines(skipped)].join("\n");
  return { accepted: result.accepted.length, selected: ids.length, ids: result.accepted, skipped, message };
}

/**
 * Return with a mandatory reason: SUBMITTED → RETURNED; an ACCEPTED report is unlocked (RETURNED, its values
 * taken out of the totals in the same transaction) — only by the level that accepted it or a higher one.
 * Either way the commune may correct the month until `lastDay` (a Vietnam day, inclusive; default today + 5),
 * even after the month's deadline: one step, no separate late-entry grant (issue #13 case 5). The report then
 * goes through review again.
 */
export async function returnMonthlyReport(actor: Actor, reportId: string, version: number, reason: string, now = appNow(), lastDay?: Date) {
  assertCan(actor, "monthly.review");
  const report = await requireReportInScope(actor, reportId);
  const wasAccepted = report.status === "ACCEPTED";
  if (wasAccepted) {
    assertCan(actor, "entry.unlock");
    const undo = await checkUndoAcceptance(actor, report);
    if (!undo.ok) throw validation(undo.message);
  }
  const step = transition(report.status, wasAccepted ? "UNLOCK" : "RETURN", { reason });
  if (!step.ok) throw validation(step.message, step.code === "REASON_REQUIRED" ? { reason: [step.message] } : undefined);
  const window = correctionWindow(now, lastDay);
  if (!window.ok) throw validation(window.message, { correctUntil: [window.message] });
  const why = reason.trim();
  return db.$transaction(async (tx) => {
    const updated = await tx.monthlyReport.updateMany({
      where: { id: report.id, version, status: report.status },
      data: { status: step.next, ...reviewerStamp(actor, now), returnReason: why, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    if (wasAccepted) await applyAcceptedTotals(tx, report.id, -1);
    const unlock = await tx.entryUnlock.create({
      data: { communeId: report.communeId, year: report.year, month: report.month, reason: why, grantedById: actor.userId, until: window.until },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: wasAccepted ? "monthly.unlock" : "monthly.return", entity: "MonthlyReport", entityId: report.id, unitId: report.communeId,
      before: { status: report.status, reviewedLevel: report.reviewedLevel }, after: { status: step.next, reason: why, entryUnlockId: unlock.id, until: window.until },
    });
    return { id: report.id, status: step.next, version: version + 1, message: t(vi.monthly.correctionOpen, { date: formatVnDate(window.lastDay) }) };
  });
}

/** Unlock of accepted (locked) data: needs a reason, audited, totals adjusted in the same transaction; see `returnMonthlyReport`. */
export async function unlockMonthlyReport(actor: Actor, reportId: string, reason: string, now = appNow(), lastDay?: Date) {
  assertCan(actor, "entry.unlock");
  const report = await requireReportInScope(actor, reportId);
  if (report.status !== "ACCEPTED") throw validation("Chỉ mở khóa được số liệu đã tiếp nhận.");
  return returnMonthlyReport(actor, reportId, report.version, reason, now, lastDay);
}

/**
 * Late entry after the window closed, granted by the level above (district committee or
 * province secretariat) with a reason, until the end of the `days`-th day from today (VN).
 */
export async function grantEntryUnlock(actor: Actor, input: { communeId: string; year: number; month: number; reason: string; days?: number }, now = appNow()) {
  assertCan(actor, "entry.unlock");
  const ctx = await communeMonthContext(actor, input.communeId, input.year, input.month, now);
  if (actor.unitId === ctx.commune.id && actor.role !== "DISTRICT_COMMITTEE") throw notFound();
  if (ctx.notExisting) throw validation(ctx.notExisting.message);
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

