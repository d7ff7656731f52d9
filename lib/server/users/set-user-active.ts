import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { requireManageableUser } from "@/lib/authz/manageable-user";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";

/** What `setUserActive` takes besides the actor. */
export type SetUserActiveOptions = { userId: string; isActive: boolean };

/**
 * Deactivates (ending the user's sessions and API tokens) or reactivates a user the actor may manage. Refuses to
 * reactivate the account of a member agency that left the committee (issue #18 §1: `updateAgency` turned it off,
 * and `createAgencyAccount` refuses a new one for it): the agency is reactivated first.
 */
export async function setUserActive(actor: Actor, { userId, isActive }: SetUserActiveOptions) {
  assertCan(actor, "user.manage");
  const user = await requireManageableUser(actor, userId);
  if (user.id === actor.userId && !isActive) throw validation(vi.users.cannotDeactivateSelf);
  if (isActive && user.agency && !user.agency.isActive) throw validation(vi.committee.agencies.agencyInactiveAccount);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { isActive, version: { increment: 1 } } });
    // Deactivation ends every open session and API token at once.
    const revoked = isActive ? undefined : await revokeUserCredentials(tx, user.id);
    await writeAudit(tx, auditActor(actor), {
      action: isActive ? "user.activate" : "user.deactivate",
      entity: "User",
      entityId: user.id,
      unitId: user.unitId,
      before: { isActive: user.isActive },
      after: { isActive, revoked },
    });
    return { id: user.id, isActive };
  });
}
