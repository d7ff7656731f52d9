import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Ends what lets a user act without typing the current password again: its open server-side sessions (all,
 * or all but `keepSessionId`, the one that just changed the password) and its API tokens. Runs inside the
 * caller's transaction, so the change that requires it (password change or reset, deactivation, new role or
 * unit: issue #14 finding 3, #11 §5) and the revocation commit together. Returns how many of each ended.
 */
export async function revokeUserCredentials(
  tx: Tx,
  userId: string,
  keepSessionId: string | null = null,
  now = new Date(),
) {
  const sessions = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: now },
  });
  const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return { sessions: sessions.count, tokens: tokens.count };
}
