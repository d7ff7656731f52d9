import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { changeImpact } from "./impact";
import type { CeaseUnitSchema } from "@/lib/contracts/unit-changes/cease-unit";
import { requireExistingOn, requireNoSuccessor, unitsInScope } from "./units";

/**
 * The checked cease (shared by its preview and its apply): the unit of the actor's subtree existing on the day and
 * not already merged or split, with no unit still in force under it, and what ceasing it without successor touches.
 */
export async function planCease(tx: Tx, actor: Actor, input: ReturnType<typeof CeaseUnitSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const [unit] = await unitsInScope(tx, actor, [input.unitId]);
  requireExistingOn(unit!, day);
  await requireNoSuccessor(tx, [unit!]);
  const children = await tx.unit.count({
    where: { parentId: unit!.id, OR: [{ validTo: null }, { validTo: { gt: day } }] },
  });
  if (children > 0) throw validation(text.hasChildren);
  return { day, unit: unit!, impact: await changeImpact(tx, [unit!.id], new Map(), day) };
}
