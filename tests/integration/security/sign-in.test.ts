import pg from "pg";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { loadActorBySession } from "@/lib/authz/actor";
import { changeOwnPassword } from "@/lib/server/users/change-password";
import { proxy } from "@/proxy";

// Issue #14 findings 1 and 10 (OWASP ASVS 4.0.3 V2.2.1 anti-automation, V7.2 authentication logging, V14.4.5 HSTS).
const RIGHT = "DungMatKhau2026";

async function makeUser(username: string) {
  const unitId = (
    await db.unit.findFirstOrThrow({ where: { parent: { code: "905" }, level: "COMMUNE" }, select: { id: true } })
  ).id;
  return db.user.create({
    data: {
      username,
      fullName: "Người thử khóa",
      role: "COMMUNE_POLICE",
      unitId,
      passwordHash: await hashPassword(RIGHT),
    },
    select: { id: true },
  });
}

async function failuresOf(key: string): Promise<number> {
  return (await db.loginThrottle.findUnique({ where: { key } }))?.failures ?? 0;
}

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 400 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25));
  expect(await check()).toBe(true);
}

describe("the lock-out cannot be raced (issue #14 finding 1)", () => {
  it("20 sign-ins at once, 19 wrong and the right one last: the account ends locked and no session exists", async () => {
    const user = await makeUser("race.burst");
    const passwords = [...Array.from({ length: 19 }, (_, i) => `SaiMatKhau${i}x`), RIGHT];
    const results = await Promise.all(passwords.map((p) => authenticate("race.burst", p, new Date(), "203.0.113.9")));
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(results.filter((r) => r.ok)).toEqual([]);
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: "race.burst" } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "auth.lock", entityId: "race.burst" } })).toBe(1);
    // Finding 10: every failed attempt is audited with the name and the source address, the refused right one too.
    const failed = await db.auditLog.findMany({
      where: { action: "auth.sign-in-failed", entityId: "race.burst" },
      select: { after: true, at: true },
    });
    expect(failed).toHaveLength(20);
    expect(
      failed.every((f) => (f.after as { username: string; sourceAddress: string }).sourceAddress === "203.0.113.9"),
    ).toBe(true);
    // Still locked for the right password afterwards.
    expect(await authenticate("race.burst", RIGHT)).toMatchObject({ ok: false, reason: "LOCKED" });
  }, 60_000);

  it("a success forgives only its own attempt: failures counted after it started still count", async () => {
    await makeUser("race.middle");
    // Hold the user table so that each attempt stops after being counted, before its password check.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    await blocker.query(`BEGIN; LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE`);
    const right = authenticate("race.middle", RIGHT);
    await until(async () => (await failuresOf("race.middle")) === 1);
    const wrong = ["Sai1xxxxxxx", "Sai2xxxxxxx", "Sai3xxxxxxx"].map((p) => authenticate("race.middle", p));
    await until(async () => (await failuresOf("race.middle")) === 4);
    await blocker.query("COMMIT");
    await blocker.end();
    expect((await right).ok).toBe(true);
    expect((await Promise.all(wrong)).map((r) => r.ok)).toEqual([false, false, false]);
    expect(await failuresOf("race.middle")).toBe(3);
    // So two more wrong passwords reach the limit of 5 failures.
    expect(await authenticate("race.middle", "Sai4xxxxxxx")).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticate("race.middle", "Sai5xxxxxxx")).toMatchObject({ ok: false, reason: "LOCKED" });
  }, 60_000);
});

describe("the same counter guards the current password of a password change (the same kind of check)", () => {
  it("a signed-in session cannot guess its password: 5 wrong current passwords lock the name, sign-in included", async () => {
    await makeUser("guess.current");
    const signedIn = await authenticate("guess.current", RIGHT);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const actor = (await loadActorBySession(signedIn.sessionId))!;
    const change = (currentPassword: string) =>
      changeOwnPassword(actor, { currentPassword, newPassword: "DoiMoi2026abc", confirmPassword: "DoiMoi2026abc" });
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => change(`Doan${i}xxxxxx`)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    await expect(change(RIGHT)).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("tạm khóa"),
    });
    expect(await authenticate("guess.current", RIGHT)).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(await db.auditLog.count({ where: { action: "auth.sign-in-failed", entityId: "guess.current" } })).toBe(10); // 8 guesses, the right one refused, the sign-in refused
  }, 60_000);
});

describe("sign-in leaves no secret to scripts and a trail for every failure (issue #14 finding 10)", () => {
  it("a single wrong password is audited with user name, time and source address (not only the lock)", async () => {
    await makeUser("audit.once");
    const before = new Date();
    expect(await authenticate("Audit.Once", "SaiMotLan2026", new Date(), "198.51.100.4")).toEqual({
      ok: false,
      reason: "INVALID",
    });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.sign-in-failed", entityId: "audit.once" },
    });
    expect(entry.after).toMatchObject({ username: "audit.once", sourceAddress: "198.51.100.4", reason: "INVALID" });
    expect(entry.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(await db.auditLog.count({ where: { action: "auth.lock", entityId: "audit.once" } })).toBe(0);
  });

  it("the session object that /api/auth/session returns does not carry the server-side session id", async () => {
    const sid = "0195f1a2-0000-7000-8000-00000000abcd";
    const session = await authOptions.callbacks!.session!({
      session: { expires: "2026-11-21T10:00:00.000Z", user: {} },
      token: { sid, sub: "u" },
    } as never);
    expect(JSON.stringify(session)).not.toContain(sid);
    expect(session).toEqual({ expires: "2026-11-21T10:00:00.000Z" });
  });

  it("Strict-Transport-Security is sent when the app is served over https, not over plain http", async () => {
    const saved = process.env.NEXTAUTH_URL;
    try {
      process.env.NEXTAUTH_URL = "https://bcd.example.gov.vn";
      expect(
        (await proxy(new NextRequest("https://bcd.example.gov.vn/login"))).headers.get("strict-transport-security"),
      ).toBe("max-age=31536000; includeSubDomains");
      process.env.NEXTAUTH_URL = "http://localhost:3000";
      expect(
        (await proxy(new NextRequest("http://localhost:3000/login"))).headers.get("strict-transport-security"),
      ).toBeNull();
    } finally {
      process.env.NEXTAUTH_URL = saved;
    }
  });
});
