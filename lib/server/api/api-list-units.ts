import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { toPage, type PageParams } from "./http";
import { unitSelect, unitOut, after } from "./read-shapes";

/** GET /api/v1/units: units of the actor's subtree, optionally children of one parent or of one level, a page at a time. */
export async function apiListUnits(actor: Actor, page: PageParams, filter: { parentId?: string; level?: UnitLevel }) {
  assertCan(actor, "unit.view");
  // A parent outside the subtree is "not found" (as every other id of the API), not an empty page.
  if (filter.parentId) await requireUnitInScope(actor, filter.parentId);
  const rows = await db.unit.findMany({
    where: {
      AND: [
        unitScope(actor),
        after(page),
        filter.parentId ? { parentId: filter.parentId } : {},
        filter.level ? { level: filter.level } : {},
      ],
    },
    select: unitSelect,
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  const result = toPage(rows, page.limit);
  return { ...result, data: result.data.map(unitOut) };
}
