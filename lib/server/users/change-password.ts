import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashPassword, normalizeUsername, verifyPassword } from "@/lib/auth/password";
import { throttledPasswordCheck } from "@/lib/auth/throttled-password-check";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import type { ChangePasswordInput } from "@/lib/contracts/account/change-password";

/**
 * Changes the actor's own password, clears "must change password", ends its other sessions (the current one
 * stays) and revokes its API tokens. The current password is checked through the same counter and lock as the
 * sign-in (`throttledPasswordCheck`): a stolen session cannot be used to guess it. Wrong → VALIDATION on
 * `currentPassword`; locked → VALIDATION with the minutes left.
 */
export async function changeOwnPassword(actor: Actor, input: ChangePasswordInput) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  const passwordHash = await hashPassword(input.newPassword);
  const result = await throttledPasswordCheck(
    { key: normalizeUsername(actor.username), now: new Date(), sourceAddress: null, purpose: "change-password" },
    () => verifyPassword(user.passwordHash, input.currentPassword),
    (tx) => savePassword(tx, actor, passwordHash),
  );
  if (!result.ok) {
    const message =
      result.reason === "LOCKED" ? t(vi.auth.locked, { minutes: result.minutes }) : vi.auth.wrongCurrentPassword;
    throw validation(message, { currentPassword: [message] });
  }
}

async function savePassword(tx: Tx, actor: Actor, passwordHash: string) {
  await tx.user.update({
    where: { id: actor.userId },
    data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), version: { increment: 1 } },
  });
  const revoked = await revokeUserCredentials(tx, actor.userId, actor.sessionId);
  await writeAudit(
    tx,
    { userId: actor.userId, username: actor.username, unitId: actor.unitId },
    {
      action: "user.change-password",
      entity: "User",
      entityId: actor.userId,
      after: { revoked },
    },
  );
}
