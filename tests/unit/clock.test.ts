import { afterEach, describe, expect, it, vi } from "vitest";

// lib/clock.ts reads APP_NOW once: each case loads a fresh copy of the module.
async function freshClock() {
  vi.resetModules();
  return (await import("@/lib/clock")).appNow;
}

describe("application clock (APP_NOW)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([undefined, ""])("is the real time when APP_NOW is %j", async (value) => {
    vi.stubEnv("APP_NOW", value);
    const appNow = await freshClock();
    expect(Math.abs(appNow().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("starts at APP_NOW and then ticks in real time", async () => {
    vi.stubEnv("APP_NOW", "2026-11-21T09:00:00+07:00");
    const appNow = await freshClock();
    const first = appNow().getTime();
    expect(Math.abs(first - Date.parse("2026-11-21T02:00:00Z"))).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(appNow().getTime()).toBeGreaterThan(first);
  });

  it("refuses a malformed APP_NOW with a message naming it", async () => {
    vi.stubEnv("APP_NOW", "21/11/2026");
    const appNow = await freshClock();
    expect(() => appNow()).toThrow(/APP_NOW/);
  });
});
