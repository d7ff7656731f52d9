import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import { notFound } from "@/lib/errors";

/** GET /api/v1/monthly-reports/{id}: a commune's month with its values, if the commune is in the actor's subtree (else "not found"). */
export async function apiGetMonthlyReport(actor: Actor, id: string) {
  assertCan(actor, "unit.view");
  if (!isUuid(id)) throw notFound();
  const monthlyReport = await db.monthlyReport.findFirst({
    where: { id, commune: unitScope(actor) },
    select: {
      id: true,
      communeId: true,
      year: true,
      month: true,
      status: true,
      submittedAt: true,
      reviewedAt: true,
      returnReason: true,
      version: true,
      values: {
        select: { indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true, updatedAt: true },
        orderBy: { indicatorId: "asc" },
      },
    },
  });
  if (!monthlyReport) throw notFound();
  return { data: monthlyReport };
}
