import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActorBySession } from "@/lib/authz/actor";
import { hashPassword } from "@/lib/auth/password";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { DEMO_PASSWORD } from "@/prisma/seed/seed-demo";
import { runActionAs } from "@/lib/actions/define-action";
import { signOutAction } from "@/app/(app)/account/actions";
import { actorOf, unitIdByCode } from "../support/actors";

async function makeUser(username: string, password = DEMO_PASSWORD) {
  return db.user.create({
    data: {
      username,
      fullName: "Người thử",
      role: "COMMUNE_POLICE",
      unitId: (await db.unit.findFirstOrThrow({ where: { parent: { code: "903" }, level: "COMMUNE" } })).id,
      passwordHash: await hashPassword(password),
    },
  });
}

describe("sign-in (issue #2 §4)", () => {
  it("accepts the right password, opens a server-side session and audits it", async () => {
    const result = await authenticate("LG.Xa ", DEMO_PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const actor = await loadActorBySession(result.sessionId);
    expect(actor?.username).toBe("lg.xa");
    expect(await db.auditLog.count({ where: { action: "auth.sign-in", entityId: result.sessionId } })).toBe(1);
  });

  it("refuses a wrong password", async () => {
    await makeUser("wrong.pw");
    expect(await authenticate("wrong.pw", "Nope123456")).toEqual({ ok: false, reason: "INVALID" });
  });

  it("locks the name after 5 failures, in the database, even with the right password afterwards", async () => {
    await makeUser("lock.me");
    for (let i = 0; i < 4; i++) expect((await authenticate("lock.me", "Wrong12345x")).ok).toBe(false);
    const fifth = await authenticate("lock.me", "Wrong12345x");
    expect(fifth).toMatchObject({ ok: false, reason: "LOCKED" });
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: "lock.me" } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await authenticate("lock.me", DEMO_PASSWORD)).toMatchObject({ ok: false, reason: "LOCKED" });
    // After the lock period the right password works again and clears the counter.
    const later = new Date(Date.now() + 16 * 60_000);
    expect((await authenticate("lock.me", DEMO_PASSWORD, later)).ok).toBe(true);
    expect(await db.loginThrottle.findUnique({ where: { key: "lock.me" } })).toBeNull();
  }, 60_000);

  it("throttles unknown names the same way (no account enumeration)", async () => {
    for (let i = 0; i < 5; i++) await authenticate("ghost.user", "Whatever123");
    expect(await authenticate("ghost.user", "Whatever123")).toMatchObject({ ok: false, reason: "LOCKED" });
  }, 60_000);

  it("refuses a deactivated user at once: sign-in and its open sessions", async () => {
    const user = await makeUser("soon.inactive");
    const r = await authenticate("soon.inactive", DEMO_PASSWORD);
    if (!r.ok) throw new Error("sign-in failed");
    expect(await loadActorBySession(r.sessionId)).not.toBeNull();
    await setUserActive(await actorOf("lg.thuongtruc"), { userId: user.id, isActive: false });
    expect(await loadActorBySession(r.sessionId)).toBeNull();
    expect((await authenticate("soon.inactive", DEMO_PASSWORD)).ok).toBe(false);
  });

  it("an expired or revoked session no longer loads an actor", async () => {
    const r = await authenticate("lg.xa2", DEMO_PASSWORD);
    if (!r.ok) throw new Error("sign-in failed");
    const session = await db.session.findUniqueOrThrow({ where: { id: r.sessionId } });
    expect(await loadActorBySession(r.sessionId, new Date(session.expiresAt.getTime() + 1))).toBeNull();
    await db.session.update({ where: { id: r.sessionId }, data: { revokedAt: new Date() } });
    expect(await loadActorBySession(r.sessionId)).toBeNull();
  });

  it("signing out ends the session at once, audited; signing out again changes nothing", async () => {
    const r = await authenticate("lg.tambinh", DEMO_PASSWORD);
    if (!r.ok) throw new Error("sign-in failed");
    const actor = await loadActorBySession(r.sessionId);
    if (!actor) throw new Error("no actor");
    expect((await runActionAs(signOutAction, actor, {})).ok).toBe(true);
    expect(await loadActorBySession(r.sessionId)).toBeNull();
    expect((await runActionAs(signOutAction, actor, {})).ok).toBe(true);
    expect(
      await db.auditLog.count({ where: { action: "auth.sign-out", entityId: r.sessionId, actorId: actor.userId } }),
    ).toBe(1);
  });

  it("demo province units exist for both 3-level and 2-level provinces", async () => {
    const twoLevel = await unitIdByCode("92");
    // No district in force (a district that ceased before the reform stays as history: issue #12).
    expect(await db.unit.count({ where: { parentId: twoLevel, level: "DISTRICT", validTo: null } })).toBe(0);
    expect(await db.unit.count({ where: { parentId: twoLevel, level: "COMMUNE" } })).toBeGreaterThan(30);
  });
});
