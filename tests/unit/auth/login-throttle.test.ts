import { describe, expect, it } from "vitest";
import { failureDelayMs, isLocked, isPastLimit, lockEndsAt, minutesLeft } from "@/lib/auth/login-throttle";

// Issue #2 §4: repeated failed logins are slowed down and then locked for a while.
describe("login throttle", () => {
  const config = { maxFailures: 5, lockMinutes: 15 };
  const now = new Date("2026-11-21T10:00:00Z");

  it("slows each failure down, doubling, capped at 4 s", () => {
    expect([1, 2, 3, 4, 5, 10].map(failureDelayMs)).toEqual([250, 500, 1000, 2000, 4000, 4000]);
  });

  it("a lock lasts 15 minutes", () => {
    expect(lockEndsAt(now, config)).toEqual(new Date("2026-11-21T10:15:00Z"));
  });

  it("a lock holds until its end, and reports whole minutes left", () => {
    const state = { failures: 5, lockedUntil: new Date("2026-11-21T10:15:00Z") };
    expect(isLocked(state, now)).toBe(true);
    expect(minutesLeft(state, now)).toBe(15);
    expect(minutesLeft(state, new Date("2026-11-21T10:14:30Z"))).toBe(1);
    expect(isLocked(state, new Date("2026-11-21T10:15:00Z"))).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });

  // Issue #14 finding 1: attempts are numbered before the password is checked; numbers past the limit are
  // refused unchecked, so a burst gets at most 5 password checks.
  it("an attempt numbered past the limit is refused without a password check, up to the limit it is checked", () => {
    expect([1, 4, 5].map((n) => isPastLimit(n, config))).toEqual([false, false, false]);
    expect([6, 7, 20].map((n) => isPastLimit(n, config))).toEqual([true, true, true]);
  });
});
