// Pure rules for repeated sign-ins (ASVS V2.2.1: anti-automation). Every attempt is counted before the
// password is checked; an attempt counted past `maxFailures` is refused unchecked; the failure that
// reaches `maxFailures` locks the name for `lockMinutes`; each failure slows the next answer down.
export type ThrottleConfig = { maxFailures: number; lockMinutes: number };
export type ThrottleState = { failures: number; lockedUntil: Date | null };

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil > now;
}

export function minutesLeft(state: ThrottleState, now: Date): number {
  return state.lockedUntil ? Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60000)) : 0;
}

/** Delay before answering a failed attempt: 250 ms doubling, at most 4 s. */
export function failureDelayMs(failures: number): number {
  return Math.min(4000, 250 * 2 ** Math.max(0, failures - 1));
}

/**
 * Takes the attempt's number (1-based, counted atomically before any password check) and returns true when
 * it is past the limit: such an attempt is refused and locks the name without the password being checked,
 * so a burst of parallel requests gets at most `maxFailures` password checks.
 */
export function isPastLimit(attempt: number, config: ThrottleConfig): boolean {
  return attempt > config.maxFailures;
}

/** The end of a lock set at `now`: `lockMinutes` later. The lock is set once `maxFailures` attempts stand. */
export function lockEndsAt(now: Date, config: ThrottleConfig): Date {
  return new Date(now.getTime() + config.lockMinutes * 60_000);
}
