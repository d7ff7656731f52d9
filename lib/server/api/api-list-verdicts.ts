import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, unitScope } from "@/lib/authz/access";
import { toPage, type PageParams } from "./http";
import { dayString, after } from "./read-shapes";

/** GET /api/v1/verdicts: verdicts of the communes of the actor's subtree, optionally of one year, a page at a time. */
export async function apiListVerdicts(actor: Actor, page: PageParams, filter: { year?: number }) {
  assertCan(actor, "unit.view");
  const communes = await db.unit.findMany({ where: { ...unitScope(actor), level: "COMMUNE" }, select: { id: true } });
  const rows = await db.communeVerdict.findMany({
    where: {
      AND: [{ communeId: { in: communes.map((c) => c.id) } }, after(page), filter.year ? { year: filter.year } : {}],
    },
    select: {
      id: true,
      selectionId: true,
      communeId: true,
      year: true,
      stage: true,
      districtProposal: true,
      secretariatProposal: true,
      verdict: true,
      recommendation: true,
      isOverride: true,
      decisionNumber: true,
      decisionDate: true,
      amendsId: true,
      issuedAt: true,
    },
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  const result = toPage(rows, page.limit);
  return { ...result, data: result.data.map((v) => ({ ...v, decisionDate: dayString(v.decisionDate) })) };
}
