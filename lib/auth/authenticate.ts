import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { dummyPasswordHash, normalizeUsername, verifyPassword } from "@/lib/auth/password";
import { failureDelayMs, isLocked, lockUntilAfterFailure, minutesLeft } from "@/lib/auth/login-throttle";
import { writeAudit } from "@/lib/audit";

export type AuthResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "LOCKED"; minutes: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Checks a user name and password. The failure counter and lock live in the
 * database (table LoginThrottle), so they hold across several app instances, and
 * are keyed by the typed name, so unknown names are throttled the same way.
 */
export async function authenticate(rawUsername: string, password: string, now = new Date()): Promise<AuthResult> {
  const env = getEnv();
  const key = normalizeUsername(rawUsername).slice(0, 100);
  const throttle = await db.loginThrottle.findUnique({ where: { key } });
  if (throttle && isLocked(throttle, now)) return { ok: false, reason: "LOCKED", minutes: minutesLeft(throttle, now) };

  const user = await db.user.findUnique({
    where: { username: key },
    select: { id: true, passwordHash: true, isActive: true, unitId: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);

  if (!user || !passwordOk || !user.isActive) {
    // Atomic increment: concurrent attempts on several instances all count.
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" ("key", "failures", "lastFailureAt") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."lockedUntil" IS NOT NULL AND "LoginThrottle"."lockedUntil" <= ${now}
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "lockedUntil" = NULL,
        "lastFailureAt" = ${now}
      RETURNING "failures"`;
    const lockedUntil = lockUntilAfterFailure(row.failures, now, { maxFailures: env.LOGIN_MAX_FAILURES, lockMinutes: env.LOGIN_LOCK_MINUTES });
    if (lockedUntil) {
      await db.loginThrottle.update({ where: { key }, data: { lockedUntil } });
      await writeAudit(db, null, { action: "auth.lock", entity: "LoginThrottle", entityId: key, after: { failures: row.failures, lockedUntil } });
      return { ok: false, reason: "LOCKED", minutes: env.LOGIN_LOCK_MINUTES };
    }
    await sleep(failureDelayMs(row.failures));
    return { ok: false, reason: "INVALID" };
  }

  const expiresAt = new Date(now.getTime() + env.SESSION_MAX_AGE_HOURS * 3600_000);
  const session = await db.$transaction(async (tx) => {
    await tx.loginThrottle.deleteMany({ where: { key } });
    const s = await tx.session.create({ data: { userId: user.id, expiresAt }, select: { id: true } });
    await writeAudit(tx, { userId: user.id, username: key, unitId: user.unitId }, { action: "auth.sign-in", entity: "Session", entityId: s.id });
    return s;
  });
  return { ok: true, userId: user.id, sessionId: session.id };
}
