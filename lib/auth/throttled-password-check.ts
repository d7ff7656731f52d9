import "server-only";
import { db, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import {
  failureDelayMs,
  isLocked,
  isPastLimit,
  lockEndsAt,
  minutesLeft,
  type ThrottleConfig,
  type ThrottleState,
} from "@/lib/auth/login-throttle";
import { writeAudit } from "@/lib/audit";

export type PasswordCheckFailure = { ok: false; reason: "INVALID" } | { ok: false; reason: "LOCKED"; minutes: number };
export type PasswordCheck<T> = { ok: true; value: T } | PasswordCheckFailure;

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
    await writeAudit(db, null, {
      action: "auth.lock",
      entity: "LoginThrottle",
      entityId: key,
      after: { failures: set[0]!.failures, lockedUntil },
    });
    return true;
  }
  return isLocked(
    await db.loginThrottle.findUnique({ where: { key }, select: { failures: true, lockedUntil: true } }),
    now,
  );
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
 * THE throttled password check (issue #14 finding 1), for the sign-in and for the current password of a password
 * change: every place that checks a password goes through the same counter and lock, keyed by the normalised user
 * name. Takes the key, the instant, the source address and purpose (audited), `verify` (true: the password is
 * right and the account may proceed) and `onSuccess` (runs in the transaction that settles the counter). Returns
 * {ok, value} or INVALID or LOCKED (minutes left). Order: count the attempt (one statement) → refuse when locked or
 * numbered past the limit, unchecked → verify → on failure lock once the attempts standing reach the limit, delay,
 * audit "auth.sign-in-failed" (user name, time, source address); on success settle the counter.
 */
export async function throttledPasswordCheck<T>(
  attempt: { key: string; now: Date; sourceAddress: string | null; purpose: "sign-in" | "change-password" },
  verify: () => Promise<boolean>,
  onSuccess: (tx: Tx) => Promise<T>,
): Promise<PasswordCheck<T>> {
  const env = getEnv();
  const config: ThrottleConfig = { maxFailures: env.LOGIN_MAX_FAILURES, lockMinutes: env.LOGIN_LOCK_MINUTES };
  const { key, now, sourceAddress, purpose } = attempt;
  const counted = await countAttempt(key, now);
  const failed = async (result: PasswordCheckFailure): Promise<PasswordCheckFailure> => {
    await writeAudit(db, null, {
      action: "auth.sign-in-failed",
      entity: "LoginThrottle",
      entityId: key,
      after: { username: key, purpose, reason: result.reason, attempt: counted.failures, sourceAddress },
    });
    return result;
  };
  const locked: PasswordCheckFailure = { ok: false, reason: "LOCKED", minutes: config.lockMinutes };

  if (isLocked(counted, now)) return failed({ ok: false, reason: "LOCKED", minutes: minutesLeft(counted, now) });
  if (isPastLimit(counted.failures, config)) {
    await lockIfOverLimit(key, now, config);
    return failed(locked);
  }
  if (!(await verify())) {
    if (await lockIfOverLimit(key, now, config)) return failed(locked);
    await sleep(failureDelayMs(counted.failures));
    return failed({ ok: false, reason: "INVALID" });
  }
  const settled = await db.$transaction(async (tx) =>
    (await settleSuccess(tx, key, counted.failures, now)) ? { value: await onSuccess(tx) } : null,
  );
  return settled ? { ok: true, value: settled.value } : failed(locked);
}
