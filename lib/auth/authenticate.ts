import "server-only";
import { db, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { dummyPasswordHash, normalizeUsername, verifyPassword } from "@/lib/auth/password";
import { failureDelayMs, isLocked, isPastLimit, lockUntilAfterFailure, minutesLeft, type ThrottleConfig, type ThrottleState } from "@/lib/auth/login-throttle";
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

/** Sets the lock unless one is already running; only the request that sets it writes the "auth.lock" entry. */
async function lock(key: string, failures: number, now: Date, config: ThrottleConfig): Promise<Failure> {
  const lockedUntil = lockUntilAfterFailure(Math.max(failures, config.maxFailures), now, config)!;
  const { count } = await db.loginThrottle.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { lockedUntil },
  });
  if (count > 0) await writeAudit(db, null, { action: "auth.lock", entity: "LoginThrottle", entityId: key, after: { failures, lockedUntil } });
  return { ok: false, reason: "LOCKED", minutes: config.lockMinutes };
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
  if (isPastLimit(attempt.failures, config)) return failed(await lock(key, attempt.failures, now, config), attempt.failures);

  const user = await db.user.findUnique({
    where: { username: key },
    select: { id: true, passwordHash: true, isActive: true, unitId: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);

  if (!user || !passwordOk || !user.isActive) {
    if (lockUntilAfterFailure(attempt.failures, now, config)) return failed(await lock(key, attempt.failures, now, config), attempt.failures);
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
  if (!session) return failed({ ok: false, reason: "LOCKED", minutes: config.lockMinutes }, attempt.failures);
  return { ok: true, userId: user.id, sessionId: session.id };
}
