import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { transition } from "@/lib/domain/review-workflow";
import { formatVnDate } from "@/lib/domain/vn-date";
import { correctionWindow } from "@/lib/domain/entry-window";
import { t, vi } from "@/lib/i18n/vi";
import { applyAcceptedTotals } from "./indicator-totals";
import { appNow } from "@/lib/clock";
import { reviewerStamp } from "./reviewer-stamp";
import { requireReportInScope } from "./report-in-scope";
import { checkUndoAcceptance } from "./check-undo-acceptance";

/** What `returnMonthlyReport` takes besides the actor. */
export type ReturnMonthlyReportOptions = { reportId: string; version: number; reason: string; lastDay?: Date };

/**
 * Return with a mandatory reason: SUBMITTED → RETURNED; an ACCEPTED report is unlocked (RETURNED, its values
 * taken out of the totals in the same transaction) — only by the level that accepted it or a higher one.
 * Either way the commune may correct the month until `lastDay` (a Vietnam day, inclusive; default today + 5),
 * even after the month's deadline: one step, no separate late-entry grant (issue #13 case 5). The report then
 * goes through review again.
 */
export async function returnMonthlyReport(
  actor: Actor,
  { reportId, version, reason, lastDay }: ReturnMonthlyReportOptions,
  now = appNow(),
) {
  assertCan(actor, "monthly.review");
  const report = await requireReportInScope(actor, reportId);
  const wasAccepted = report.status === "ACCEPTED";
  if (wasAccepted) {
    assertCan(actor, "entry.unlock");
    const undo = await checkUndoAcceptance(actor, report);
    if (!undo.ok) throw validation(undo.message);
  }
  const step = transition(report.status, wasAccepted ? "UNLOCK" : "RETURN", { reason });
  if (!step.ok)
    throw validation(step.message, step.code === "REASON_REQUIRED" ? { reason: [step.message] } : undefined);
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
      data: {
        communeId: report.communeId,
        year: report.year,
        month: report.month,
        reason: why,
        grantedById: actor.userId,
        until: window.until,
      },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: wasAccepted ? "monthly.unlock" : "monthly.return",
      entity: "MonthlyReport",
      entityId: report.id,
      unitId: report.communeId,
      before: { status: report.status, reviewedLevel: report.reviewedLevel },
      after: { status: step.next, reason: why, entryUnlockId: unlock.id, until: window.until },
    });
    return {
      id: report.id,
      status: step.next,
      version: version + 1,
      message: t(vi.monthly.correctionOpen, { date: formatVnDate(window.lastDay) }),
    };
  });
}
