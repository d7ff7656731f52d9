import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import { notFound } from "@/lib/errors";

export async function apiGetMonthlyReport(actor: Actor, id: string) {
  assertCan(actor, "unit.view");
  if (!isUuid(id)) throw notFound();
  const r = await db.monthlyReport.findFirst({
    where: { id, commune: unitScope(actor) },
    select: {
      id: true, communeId: true, year: true, month: true, status: true, submittedAt: true, reviewedAt: true, returnReason: true, version: true,
      values: { select: { indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true, updatedAt: true }, orderBy: { indicatorId: "asc" } },
    },
  });
  if (!r) throw notFound();
  return { data: r };
}
