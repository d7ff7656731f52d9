import { describe, expect, it } from "vitest";
import { failureDelayMs, isLocked, lockUntilAfterFailure, minutesLeft } from "@/lib/auth/login-throttle";

// Issue #2 §4: repeated failed logins are slowed down and then locked for a while.
describe("login throttle", () => {
  const config = { maxFailures: 5, lockMinutes: 15 };
  const now = new Date("2026-11-21T10:00:00Z");

  it("slows each failure down, doubling, capped at 4 s", () => {
    expect([1, 2, 3, 4, 5, 10].map(failureDelayMs)).toEqual([250, 500, 1000, 2000, 4000, 4000]);
  });

  it("locks at the 5th failure for 15 minutes, not before", () => {
    expect(lockUntilAfterFailure(4, now, config)).toBeNull();
    expect(lockUntilAfterFailure(5, now, config)).toEqual(new Date("2026-11-21T10:15:00Z"));
  });

  it("a lock holds until its end, and reports whole minutes left", () => {
    const state = { failures: 5, lockedUntil: new Date("2026-11-21T10:15:00Z") };
    expect(isLocked(state, now)).toBe(true);
    expect(minutesLeft(state, now)).toBe(15);
    expect(minutesLeft(state, new Date("2026-11-21T10:14:30Z"))).toBe(1);
    expect(isLocked(state, new Date("2026-11-21T10:15:00Z"))).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});
