import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { unitTouches, type UnitChangePreview } from "./impact";
import { planMove } from "./move-plan";
import { MoveUnitSchema, type MoveUnitInput } from "@/lib/contracts/unit-changes/move-unit";

/**
 * Preview of a move (nothing written; issue #12 §1): from which parent to which, from what day, where the accepted
 * figures go (with the commune inside a province; across provinces the months before stay with the old one and the
 * accounts sign in again), and the selections, accounts, open reports and proposals of the commune. Same checks as
 * moveUnit, so a move to another province that is refused is refused here with the same message.
 */
export async function previewMove(actor: Actor, raw: MoveUnitInput): Promise<UnitChangePreview> {
  assertCan(actor, "unit.change");
  const input = parseInput(MoveUnitSchema, raw);
  return db.$transaction(async (tx) => {
    const move = await planMove(tx, actor, input);
    const date = formatDate(move.day);
    const notes = [
      t(text.notes.move, { name: move.unit.name, from: move.oldParent.name, to: move.parent.name, date }),
      move.crossProvince ? t(text.notes.moveOtherProvince, { date }) : text.notes.moveFigures,
    ];
    return unitTouches(tx, move.unit.id, move.day, notes);
  });
}
