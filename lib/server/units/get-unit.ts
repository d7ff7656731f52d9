import "server-only";
import { db } from "@/lib/db";
import { assertCan, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

/** A unit of the actor's subtree (with its committee name) with its parent chain and direct children. */
export async function getUnitOverview(actor: Actor, unitId: string) {
  assertCan(actor, "unit.view");
  const unit = await requireUnitInScope(actor, unitId);
  const [children, ancestors, committee] = await Promise.all([
    db.unit.findMany({
      where: { parentId: unit.id },
      select: {
        id: true,
        code: true,
        name: true,
        level: true,
        kind: true,
        validTo: true,
        newRuralYear: true,
        _count: { select: { children: true } },
      },
      orderBy: { code: "asc" },
    }),
    // Only ancestors inside the actor's own subtree are linked (no peeking upward).
    db.unit.findMany({
      where: { id: { in: unit.lineage.filter((id) => id !== unit.id) }, ...unitScope(actor) },
      select: { id: true, name: true },
    }),
    db.unit.findUniqueOrThrow({ where: { id: unit.id }, select: { committeeName: true } }),
  ]);
  const byId = new Map(ancestors.map((a) => [a.id, a]));
  const breadcrumbs = unit.lineage.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  return { unit: { ...unit, committeeName: committee.committeeName }, children, breadcrumbs };
}
