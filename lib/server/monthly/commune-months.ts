import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { addMonthsYM, yearMonthOf } from "@/lib/domain/period";
import { DEFAULT_ENTRY_DEADLINE_DAY, monthToEnter } from "@/lib/domain/entry-window";
import { isEditable } from "@/lib/domain/review-workflow";
import type { YearMonth } from "@/lib/domain/types";
import { appNow } from "@/lib/clock";

/**
 * The commune police's own commune: the current month and the twelve before, each with its report's status,
 * and `current`, the month to enter first (lib/domain/entry-window `monthToEnter`: last month while its
 * deadline has not passed and it is not submitted, else this month), for the home page and the main button.
 */
export async function getCommuneMonths(actor: Actor, now = appNow()) {
  assertCan(actor, "monthly.enter");
  const today = yearMonthOf(now);
  const [reports, programmes] = await Promise.all([
    db.monthlyReport.findMany({
      where: { communeId: actor.unitId },
      select: { year: true, month: true, status: true, submittedAt: true, returnReason: true },
      orderBy: [{ year: "desc" }, { month: "desc" }],
      take: 24,
    }),
    actor.provinceId
      ? db.programme.findMany({
          where: { provinceId: actor.provinceId, year: { in: [today.year - 1, today.year] } },
          select: { year: true, entryDeadlineDay: true },
        })
      : Promise.resolve([]),
  ]);
  const byKey = new Map(reports.map((r) => [r.year * 100 + r.month, r]));
  const deadlineDay = new Map(programmes.map((p) => [p.year, p.entryDeadlineDay]));
  // Submitted = sent and no longer the commune's to edit (review-workflow.ts isEditable: DRAFT, RETURNED).
  const isSubmitted = (ym: YearMonth) => {
    const report = byKey.get(ym.year * 100 + ym.month);
    return !!report && !isEditable(report.status);
  };
  const current = monthToEnter(now, isSubmitted, (y) => deadlineDay.get(y) ?? DEFAULT_ENTRY_DEADLINE_DAY);
  const months = Array.from({ length: 13 }, (_, i) => addMonthsYM(today, -i)).map((m) => ({
    ...m,
    report: byKey.get(m.year * 100 + m.month) ?? null,
  }));
  return { current, months };
}
