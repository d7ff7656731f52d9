import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { addMonthsYM, yearMonthOf } from "@/lib/domain/period";
import { appNow } from "@/lib/clock";

/** The commune police's own commune: the current month and the twelve before, each with its report's status. */
export async function getCommuneMonths(actor: Actor, now = appNow()) {
  assertCan(actor, "monthly.enter");
  const reports = await db.monthlyReport.findMany({
    where: { communeId: actor.unitId },
    select: { year: true, month: true, status: true, submittedAt: true, returnReason: true },
    orderBy: [{ year: "desc" }, { month: "desc" }],
    take: 24,
  });
  const byKey = new Map(reports.map((r) => [r.year * 100 + r.month, r]));
  const current = yearMonthOf(now);
  const months = Array.from({ length: 13 }, (_, i) => addMonthsYM(current, -i)).map((m) => ({ ...m, report: byKey.get(m.year * 100 + m.month) ?? null }));
  return { current, months };
}
