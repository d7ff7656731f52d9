import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, unitScope } from "@/lib/authz/access";
import { toPage, type PageParams } from "./http";
import { dayString, after } from "./read-shapes";

/** Selections (the decided list) in scope, with the stage of their reviews and the issued verdict. */
export async function apiListSelections(actor: Actor, page: PageParams, filter: { year?: number }) {
  assertCan(actor, "unit.view");
  const rows = await db.selection.findMany({
    where: {
      AND: [{ commune: unitScope(actor) }, after(page), filter.year ? { programme: { year: filter.year } } : {}],
    },
    select: {
      id: true,
      communeId: true,
      hotspotTypes: true,
      status: true,
      createdAt: true,
      programme: { select: { year: true, provinceId: true } },
      decision: { select: { number: true, date: true, kind: true } },
      plan: { select: { id: true, number: true, date: true } },
    },
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  const result = toPage(rows, page.limit);
  const ids = result.data.map((s) => s.id);
  const reviews = ids.length
    ? await db.communeReview.findMany({
        where: { selectionId: { in: ids } },
        select: { selectionId: true, kind: true, status: true, offTrack: true },
      })
    : [];
  return {
    ...result,
    data: result.data.map((s) => ({
      id: s.id,
      communeId: s.communeId,
      year: s.programme.year,
      provinceId: s.programme.provinceId,
      hotspotTypes: s.hotspotTypes,
      status: s.status,
      decision: { number: s.decision.number, date: dayString(s.decision.date), kind: s.decision.kind },
      plan: s.plan ? { id: s.plan.id, number: s.plan.number, date: dayString(s.plan.date) } : null,
      reviews: reviews
        .filter((r) => r.selectionId === s.id)
        .map((r) => ({ kind: r.kind, status: r.status, offTrack: r.offTrack })),
    })),
  };
}
