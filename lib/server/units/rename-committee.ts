import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { CommitteeNameInput } from "@/lib/contracts/units/rename-committee";

/**
 * Sets the steering committee name of a unit of the actor's subtree (issue #11 §2: the generated
 * "Ban Chỉ đạo 138 …" names are editable later). Audited with the name before and after. Another tenant's
 * unit: "not found". Returns the unit id and the stored (NFC, single-spaced) name.
 */
export async function renameCommittee(actor: Actor, input: CommitteeNameInput) {
  assertCan(actor, "unit.manage");
  const unit = await requireUnitInScope(actor, input.unitId);
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUniqueOrThrow({ where: { id: unit.id }, select: { committeeName: true } });
    await tx.unit.update({ where: { id: unit.id }, data: { committeeName: input.committeeName } });
    await writeAudit(
      tx,
      { userId: actor.userId, username: actor.username, unitId: actor.unitId },
      {
        action: "unit.rename-committee",
        entity: "Unit",
        entityId: unit.id,
        unitId: unit.id,
        before,
        after: { committeeName: input.committeeName },
      },
    );
    return { id: unit.id, committeeName: input.committeeName };
  });
}
