import "server-only";
import { db, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { dummyPasswordHash, normalizeUsername, verifyPassword } from "@/lib/auth/password";
import { failureDelayMs, isLocked, isPastLimit, lockEndsAt, minutesLeft, type ThrottleConfig, type ThrottleState } from "@/lib/auth/login-throttle";
import { writeAudit } from "@/lib/audit";

export type AuthResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "LOCKED"; minutes: number };
type Failure = Exclude<AuthResult, { ok: true }>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Counts one attempt for `key` in ONE statement, before any password check, and returns the count since the
 * last reset with the lock. A lock that has run out starts a new count; a name still locked is not counted
 * further. Concurrent attempts on any number of app instances each get their own number.
 */
async function countAttempt(key: string, now: Date): Promise<ThrottleState> {
  const [row] = await db.$queryRaw<ThrottleState[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "lastFailureAt") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."lockedUntil" IS NULL THEN "LoginThrottle"."failures" + 1
                        WHEN "LoginThrottle"."lockedUntil" <= ${now} THEN 1
                        ELSE "LoginThrottle"."failures" END,
      "lockedUntil" = CASE WHEN "LoginThrottle"."lockedUntil" <= ${now} THEN NULL ELSE "LoginThrottle"."lockedUntil" END,
      "lastFailureAt" = ${now}
    RETURNING "failures", "lockedUntil"`;
  return row!;
}

/**
 * After a failed or over-limit attempt: locks the name when the attempts now counted reach the limit (a
 * success in between subtracted its own, so only the attempts still standing count). One statement; only the
 * request that sets the lock writes the "auth.lock" entry. Returns true when the name is locked now.
 */
async function lockIfOverLimit(key: string, now: Date, config: ThrottleConfig): Promise<boolean> {
  const lockedUntil = lockEndsAt(now, config);
  const set = await db.$queryRaw<{ failures: number }[]>`
    UPDATE "LoginThrottle" SET "lockedUntil" = ${lockedUntil}
    WHERE "key" = ${key} AND "failures" >= ${config.maxFailures} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
    RETURNING "failures"`;
  if (set.length > 0) {
    await writeAudit(db, null, { action: "auth.lock", entity: "LoginThrottle", entityId: key, after: { failures: set[0]!.failures, lockedUntil } });
    return true;
  }
  return isLocked(await db.loginThrottle.findUnique({ where: { key }, select: { failures: true, lockedUntil: true } }), now);
}

/**
 * On success, forgives the attempts counted up to and including this one (the user proved the password),
 * keeps those counted after it started (a parallel burst), and refuses when a lock was set meanwhile.
 * Returns false when locked. Runs in the transaction that opens the session.
 */
async function settleSuccess(tx: Tx, key: string, attempt: number, now: Date): Promise<boolean> {
  const [row] = await tx.$queryRaw<ThrottleState[]>`
    SELECT "failures", "lockedUntil" FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
  if (row && isLocked(row, now)) return false;
  if (!row || row.failures <= attempt) await tx.loginThrottle.deleteMany({ where: { key } });
  else await tx.loginThrottle.update({ where: { key }, data: { failures: { decrement: attempt } } });
  return true;
}

/**
 * Checks a user name and password. Takes the typed name (normalised here), the password, the instant and the
 * source address of the request (audited). Returns the new server-side session, or INVALID, or LOCKED with
 * the minutes left. The attempt counter and lock live in the database (table LoginThrottle), so they hold
 * across app instances, and are keyed by the typed name, so unknown names are throttled the same way.
 * Every failed attempt is audited ("auth.sign-in-failed": name, time, source address), not only the lock.
 */
export async function authenticate(rawUsername: string, password: string, now = new Date(), sourceAddress: string | null = null): Promise<AuthResult> {
  const env = getEnv();
  const config: ThrottleConfig = { maxFailures: env.LOGIN_MAX_FAILURES, lockMinutes: env.LOGIN_LOCK_MINUTES };
  const key = normalizeUsername(rawUsername).slice(0, 100);
  const failed = async (result: Failure, attempt: number): Promise<Failure> => {
    await writeAudit(db, null, {
      action: "auth.sign-in-failed",
      entity: "LoginThrottle",
      entityId: key,
      after: { username: key, reason: result.reason, attempt, sourceAddress },
    });
    return result;
  };

  const attempt = await countAttempt(key, now);
  if (isLocked(attempt, now)) return failed({ ok: false, reason: "LOCKED", minutes: minutesLeft(attempt, now) }, attempt.failures);
  const locked: Failure = { ok: false, reason: "LOCKED", minutes: config.lockMinutes };
  if (isPastLimit(attempt.failures, config)) {
    await lockIfOverLimit(key, now, config);
    return failed(locked, attempt.failures);
  }

  const user = await db.user.findUnique({
    where: { username: key },
    select: { id: true, passwordHash: true, isActive: true, unitId: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);

  if (!user || !passwordOk || !user.isActive) {
    if (await lockIfOverLimit(key, now, config)) return failed(locked, attempt.failures);
    await sleep(failureDelayMs(attempt.failures));
    return failed({ ok: false, reason: "INVALID" }, attempt.failures);
  }

  const expiresAt = new Date(now.getTime() + env.SESSION_MAX_AGE_HOURS * 3600_000);
  const session = await db.$transaction(async (tx) => {
    if (!(await settleSuccess(tx, key, attempt.failures, now))) return null;
    const s = await tx.session.create({ data: { userId: user.id, expiresAt }, select: { id: true } });
    await writeAudit(tx, { userId: user.id, username: key, unitId: user.unitId }, { action: "auth.sign-in", entity: "Session", entityId: s.id });
    return s;
  });
  if (!session) return failed(locked, attempt.failures);
  return { ok: true, userId: user.id, sessionId: session.id };
}
