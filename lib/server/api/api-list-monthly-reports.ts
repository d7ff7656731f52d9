import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPage, type PageParams } from "./http";
import { after } from "./read-shapes";

/** Monthly reports of communes in scope with their review status. */
export async function apiListMonthlyReports(
  actor: Actor,
  page: PageParams,
  filter: { unitId?: string; year?: number; month?: number; status?: string },
) {
  assertCan(actor, "unit.view");
  let scope: Prisma.UnitWhereInput = unitScope(actor);
  if (filter.unitId) {
    await requireUnitInScope(actor, filter.unitId);
    scope = { lineage: { has: filter.unitId } };
  }
  const rows = await db.monthlyReport.findMany({
    where: {
      AND: [
        { commune: unitScope(actor) },
        { commune: scope },
        after(page),
        filter.year ? { year: filter.year } : {},
        filter.month ? { month: filter.month } : {},
        filter.status ? { status: filter.status as "DRAFT" } : {},
      ],
    },
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
    },
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  return toPage(rows, page.limit);
}
