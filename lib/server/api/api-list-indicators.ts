import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, unitScope } from "@/lib/authz/access";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPage, type PageParams } from "./http";
import { after } from "./read-shapes";

/** The catalogue(s) an actor works with: its own province's, or those of the provinces under it. */
export async function apiListIndicators(actor: Actor, page: PageParams, provinceId?: string) {
  assertCan(actor, "unit.view");
  const where: Prisma.IndicatorWhereInput = actor.provinceId
    ? { provinceId: actor.provinceId }
    : { province: unitScope(actor) };
  if (provinceId && actor.provinceId && provinceId !== actor.provinceId) throw notFound();
  const rows = await db.indicator.findMany({
    where: { AND: [where, after(page), provinceId ? { provinceId } : {}] },
    select: {
      id: true,
      provinceId: true,
      code: true,
      name: true,
      group: true,
      kind: true,
      unitLabel: true,
      lowerIsBetter: true,
      aggregation: true,
      targetComparator: true,
      targetValue: true,
      numeratorId: true,
      denominatorId: true,
      isSelectionCriterion: true,
      isResultIndicator: true,
      isRequired: true,
      validFromPeriod: true,
      validToPeriod: true,
    },
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  const result = toPage(rows, page.limit);
  return {
    ...result,
    data: result.data.map((r) => ({ ...r, targetValue: r.targetValue === null ? null : Number(r.targetValue) })),
  };
}
