import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { changeImpact } from "./impact";
import type { SplitUnitSchema } from "@/lib/contracts/unit-changes/split-unit";
import { requireExistingOn, requireNoSuccessor, unitsInScope } from "./units";

/**
 * The checked split (shared by its preview and its apply): the commune existing on the day and not already merged
 * or split, the parts' new ids and free codes, the part that takes the selections, and what the split touches.
 */
export async function planSplit(tx: Tx, actor: Actor, input: ReturnType<typeof SplitUnitSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const [unit] = await unitsInScope(tx, actor, [input.unitId]);
  if (unit!.level !== "COMMUNE") throw validation(text.onlyCommune);
  requireExistingOn(unit!, day);
  await requireNoSuccessor(tx, [unit!]);
  if (input.selectionTo >= input.parts.length) throw validation(text.partIndex, { selectionTo: [text.partIndex] });
  if (input.usersTo !== null && input.usersTo >= input.parts.length)
    throw validation(text.partIndex, { usersTo: [text.partIndex] });
  const codes = input.parts.map((p) => p.code);
  if (new Set(codes).size !== codes.length) throw validation(text.duplicateCodes);
  const taken = await tx.unit.findFirst({ where: { code: { in: codes } }, select: { code: true } });
  if (taken) throw validation(t(text.codeTaken, { code: taken.code }));
  const ids = input.parts.map(() => randomUUID());
  const parent = await tx.unit.findUniqueOrThrow({ where: { id: unit!.parentId! }, select: { lineage: true } });
  const selectionsTo = new Map([[unit!.id, ids[input.selectionTo]!]]);
  return { day, unit: unit!, ids, parent, selectionsTo, impact: await changeImpact(tx, [unit!.id], selectionsTo, day) };
}
