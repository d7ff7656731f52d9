import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { requireManageableUser } from "@/lib/authz/manageable-user";
import { conflict, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { requireUnitForRole } from "@/lib/server/users/role-unit";
import type { ChangeUserRoleInput } from "@/lib/contracts/users/change-user-role";

/**
 * Issue #11 §5: gives a user the actor may manage a new role and/or unit. The new role must be one the actor
 * may assign, the unit in the actor's subtree and in force, the role fit the unit's level (`requireUnitForRole`).
 * Refuses the actor's own account, an unchanged pair, and a stale `version` (CONFLICT). In one transaction:
 * the change, the end of the user's sessions and API tokens (their rights changed), and the audit entry with
 * before/after. Returns {id, role, unitId, version}.
 */
export async function changeUserRoleAndUnit(actor: Actor, input: ChangeUserRoleInput) {
  assertCan(actor, "user.manage");
  const user = await requireManageableUser(actor, input.userId);
  if (user.id === actor.userId) throw validation(vi.access.changeRole.notSelf);
  const unit = await requireUnitForRole(actor, input.role, input.unitId);
  if (user.role === input.role && user.unitId === unit.id) throw validation(vi.access.changeRole.unchanged);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { role: input.role, unitId: unit.id, agencyId: null, version: { increment: 1 } }, // a unit role has no agency (issue #18)
    });
    if (count === 0) throw conflict();
    const revoked = await revokeUserCredentials(tx, user.id);
    await writeAudit(tx, auditActor(actor), {
      action: "user.change-role",
      entity: "User",
      entityId: user.id,
      unitId: unit.id,
      before: { role: user.role, unitId: user.unitId },
      after: { role: input.role, unitId: unit.id, revoked },
    });
    return { id: user.id, role: input.role, unitId: unit.id, version: input.version + 1 };
  });
}
