import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { unitTouches, type UnitChangePreview } from "./impact";
import { planRename } from "./rename-plan";
import { RenameUnitSchema, type RenameUnitInput } from "@/lib/contracts/unit-changes/rename-unit";

/**
 * Preview of a rename (nothing written; issue #12 §1): the name from the effective date, the former name kept for the
 * period before (shown on that period's reports and documents), and the selections, accounts, open reports and
 * proposals that will show the new name. Same checks as renameUnit.
 */
export async function previewRename(actor: Actor, raw: RenameUnitInput): Promise<UnitChangePreview> {
  assertCan(actor, "unit.change");
  const input = parseInput(RenameUnitSchema, raw);
  return db.$transaction(async (tx) => {
    const { day, unit } = await planRename(tx, actor, input);
    const note = t(text.notes.rename, { old: unit.name, name: input.newName, date: formatDate(day) });
    return unitTouches(tx, unit.id, day, [note]);
  });
}
