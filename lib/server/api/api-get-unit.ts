import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import { unitSelect, unitOut } from "./read-shapes";

/** GET /api/v1/units/{id}: one unit of the actor's subtree (else "not found"), with its committee name. */
export async function apiGetUnit(actor: Actor, id: string) {
  assertCan(actor, "unit.view");
  const unitInScope = await requireUnitInScope(actor, id);
  const full = await db.unit.findUniqueOrThrow({
    where: { id: unitInScope.id },
    select: { ...unitSelect, committeeName: true, newRuralYear: true },
  });
  return { data: unitOut(full) };
}
