// Pure rule for repeated failed sign-ins: each failure slows the next answer down,
// and after `maxFailures` the name is locked for `lockMinutes`.
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

export function lockUntilAfterFailure(failures: number, now: Date, config: ThrottleConfig): Date | null {
  return failures >= config.maxFailures ? new Date(now.getTime() + config.lockMinutes * 60_000) : null;
}
