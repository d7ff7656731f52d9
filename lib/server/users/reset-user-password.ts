import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { requireManageableUser } from "@/lib/authz/manageable-user";
import { t, vi } from "@/lib/i18n/vi";

/** What `resetUserPassword` takes besides the actor. */
export type ResetUserPasswordOptions = { userId: string; password: string };

/** Sets a temporary password on a user the actor may manage: ends its sessions and API tokens, forces a change. */
export async function resetUserPassword(actor: Actor, { userId, password }: ResetUserPasswordOptions) {
  assertCan(actor, "user.manage");
  const user = await requireManageableUser(actor, userId);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
    const revoked = await revokeUserCredentials(tx, user.id);
    await writeAudit(tx, auditActor(actor), {
      action: "user.reset-password",
      entity: "User",
      entityId: user.id,
      unitId: user.unitId,
      after: { revoked },
    });
  });
  return { id: user.id, message: t(vi.users.passwordReset) };
}
