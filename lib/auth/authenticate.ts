import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { dummyPasswordHash, normalizeUsername, verifyPassword } from "@/lib/auth/password";
import { throttledPasswordCheck, type PasswordCheckFailure } from "@/lib/auth/throttled-password-check";
import { writeAudit } from "@/lib/audit";

export type AuthResult = { ok: true; userId: string; sessionId: string } | PasswordCheckFailure;

/**
 * Checks a user name and password. Takes the typed name (normalised here), the password, the instant and the
 * source address of the request (audited). Returns the new server-side session, or INVALID, or LOCKED with
 * the minutes left. The attempt counter and lock (`throttledPasswordCheck`) live in the database (table
 * LoginThrottle), so they hold across app instances, and are keyed by the typed name, so unknown names are
 * throttled the same way; an unknown name is checked against a dummy hash, so timing reveals nothing.
 */
export async function authenticate(
  rawUsername: string,
  password: string,
  now = new Date(),
  sourceAddress: string | null = null,
): Promise<AuthResult> {
  const key = normalizeUsername(rawUsername).slice(0, 100);
  const expiresAt = new Date(now.getTime() + getEnv().SESSION_MAX_AGE_HOURS * 3600_000);
  let user = null as { id: string; passwordHash: string; isActive: boolean; unitId: string } | null;
  const result = await throttledPasswordCheck(
    { key, now, sourceAddress, purpose: "sign-in" },
    // Read after the attempt is counted: nothing about the account is looked at for an attempt past the limit.
    async () => {
      user = await db.user.findUnique({
        where: { username: key },
        select: { id: true, passwordHash: true, isActive: true, unitId: true },
      });
      return (await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password)) && !!user?.isActive;
    },
    async (tx) => {
      const { id, unitId } = user!;
      const session = await tx.session.create({ data: { userId: id, expiresAt }, select: { id: true } });
      await writeAudit(
        tx,
        { userId: id, username: key, unitId },
        { action: "auth.sign-in", entity: "Session", entityId: session.id },
      );
      return { userId: id, sessionId: session.id };
    },
  );
  return result.ok ? { ok: true, ...result.value } : result;
}
