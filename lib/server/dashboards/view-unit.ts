import "server-only";
import { db } from "@/lib/db";
import { requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { UnitLevel } from "@/lib/generated/prisma/enums";

export type ViewUnit = {
  id: string;
  name: string;
  level: UnitLevel;
  provinceId: string | null;
  lineage: string[];
  parentId: string | null;
};
export type ChildUnit = { id: string; code: string; name: string; level: UnitLevel; parentId: string | null };

/** The unit a dashboard looks at: the actor's own unit, or a unit of its subtree (else "not found"). */
export async function resolveViewUnit(actor: Actor, unitId?: string | null): Promise<ViewUnit> {
  const unitInScope = await requireUnitInScope(actor, unitId || actor.unitId);
  return {
    id: unitInScope.id,
    name: unitInScope.name,
    level: unitInScope.level,
    provinceId: unitInScope.provinceId,
    lineage: unitInScope.lineage,
    parentId: unitInScope.parentId,
  };
}

/** Breadcrumbs from the actor's own unit down to the view unit (never above the actor). */
export async function breadcrumbs(actor: Actor, unit: ViewUnit) {
  const from = unit.lineage.indexOf(actor.unitId);
  const ids = unit.lineage.slice(Math.max(0, from));
  const rows = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/** Units directly under the view unit that existed during `year`. */
export async function childUnits(unitId: string, year: number): Promise<ChildUnit[]> {
  return db.unit.findMany({
    where: {
      parentId: unitId,
      validFrom: { lt: new Date(Date.UTC(year + 1, 0, 1)) },
      OR: [{ validTo: null }, { validTo: { gt: new Date(Date.UTC(year, 0, 1)) } }],
    },
    select: { id: true, code: true, name: true, level: true, parentId: true },
    orderBy: [{ code: "asc" }],
  });
}

/** The provinces a view covers: its own, or every province under the national root. */
export async function provinceIdsOf(unit: ViewUnit): Promise<string[]> {
  if (unit.provinceId) return [unit.provinceId];
  const rows = await db.unit.findMany({
    where: { level: "PROVINCE", lineage: { has: unit.id } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
