import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { formatDate, parseDay } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import type { RenameUnitSchema } from "@/lib/contracts/unit-changes/rename-unit";
import { requireExistingOn, unitsInScope } from "./units";

/**
 * The checked rename (shared by its preview and its apply): the unit of the actor's subtree, the day, and where the
 * kept former name begins (the previous rename's day, or null: since the unit began). Refuses an unchanged name, a
 * date not after the previous rename, a unit not existing that day.
 */
export async function planRename(tx: Tx, actor: Actor, input: ReturnType<typeof RenameUnitSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const [unit] = await unitsInScope(tx, actor, [input.unitId]);
  requireExistingOn(unit!, day);
  if (input.newName === unit!.name) throw validation(text.sameName, { newName: [text.sameName] });
  const last = await tx.unitName.findFirst({
    where: { unitId: unit!.id },
    orderBy: { validTo: "desc" },
    select: { validTo: true },
  });
  if (last && last.validTo >= day) {
    const message = t(text.renameOrder, { date: formatDate(last.validTo) });
    throw validation(message, { effectiveDate: [message] });
  }
  return { day, unit: unit!, formerFrom: last?.validTo ?? null };
}
