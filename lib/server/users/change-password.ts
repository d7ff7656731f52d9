import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import type { ChangePasswordInput } from "@/lib/server/users/schemas";

/** Changes the actor's own password, clears "must change password", ends its other sessions (the current one stays) and revokes its API tokens. */
export async function changeOwnPassword(actor: Actor, input: ChangePasswordInput) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw validation(vi.auth.wrongCurrentPassword, { currentPassword: [vi.auth.wrongCurrentPassword] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
    const revoked = await revokeUserCredentials(tx, actor.userId, actor.sessionId);
    await writeAudit(tx, { userId: actor.userId, username: actor.username, unitId: actor.unitId }, {
      action: "user.change-password",
      entity: "User",
      entityId: actor.userId,
      after: { revoked },
    });
  });
}
