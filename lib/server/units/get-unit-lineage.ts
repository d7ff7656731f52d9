import "server-only";
import { db } from "@/lib/db";
import { assertCan, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

export type LineageLink = {
  unitId: string;
  name: string;
  code: string;
  effectiveDate: Date;
  legalBasis: string | null;
  linked: boolean;
};

/**
 * The lineage of a unit of the actor's subtree (issue #12 §3): the units it came from (predecessors) and the units its
 * area went to (successors), each with the effective date and the legal basis recorded with the change. A linked unit
 * outside the actor's subtree is named but not linked (`linked` false); and the names it bore before a rename (each with
 * the day it ended and the legal basis of the rename). Refuses a unit outside the subtree (not found).
 */
export async function getUnitLineage(actor: Actor, unitId: string) {
  assertCan(actor, "unit.view");
  const unit = await requireUnitInScope(actor, unitId);
  const [from, to, formerNames] = await Promise.all([
    db.unitSuccession.findMany({
      where: { toUnitId: unit.id },
      select: { effectiveDate: true, note: true, fromUnit: { select: { id: true, name: true, code: true } } },
      orderBy: { effectiveDate: "desc" },
    }),
    db.unitSuccession.findMany({
      where: { fromUnitId: unit.id },
      select: { effectiveDate: true, note: true, toUnit: { select: { id: true, name: true, code: true } } },
      orderBy: { effectiveDate: "desc" },
    }),
    db.unitName.findMany({
      where: { unitId: unit.id },
      select: { name: true, validTo: true, legalBasis: true },
      orderBy: { validTo: "desc" },
    }),
  ]);
  const ids = [...from.map((l) => l.fromUnit.id), ...to.map((l) => l.toUnit.id)];
  const visible = new Set(
    (await db.unit.findMany({ where: { AND: [{ id: { in: ids } }, unitScope(actor)] }, select: { id: true } })).map(
      (u) => u.id,
    ),
  );
  const link = (
    u: { id: string; name: string; code: string },
    l: { effectiveDate: Date; note: string | null },
  ): LineageLink => ({
    unitId: u.id,
    name: u.name,
    code: u.code,
    effectiveDate: l.effectiveDate,
    legalBasis: l.note,
    linked: visible.has(u.id),
  });
  return {
    predecessors: from.map((l) => link(l.fromUnit, l)),
    successors: to.map((l) => link(l.toUnit, l)),
    formerNames,
  };
}
