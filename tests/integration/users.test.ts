import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users/create-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { changeOwnPassword } from "@/lib/server/users/change-password";
import { authenticate } from "@/lib/auth/authenticate";
import { AppError } from "@/lib/errors";
import { CreateUserSchema } from "@/lib/contracts/users/create-user";
import { actorOf, unitIdByCode } from "../support/actors";

const base = { fullName: "Nguyễn Văn An", password: "MatKhau2026x" };

describe("user management (issue #2 §4)", () => {
  it("a province secretariat creates a commune police user in its subtree, audited", async () => {
    const actor = await actorOf("lg.thuongtruc");
    const commune = await db.unit.findFirstOrThrow({ where: { parent: { code: "904" }, level: "COMMUNE" } });
    const user = await createUser(
      actor,
      CreateUserSchema.parse({ ...base, username: "New.User", role: "COMMUNE_POLICE", unitId: commune.id }),
    );
    expect(user.username).toBe("new.user");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
    expect(entry.actorUsername).toBe("lg.thuongtruc");
    expect(entry.unitId).toBe(commune.id);
  });

  it("refuses a role that does not fit the unit's level, a taken name, and an ADMIN created by a secretariat", async () => {
    const actor = await actorOf("lg.thuongtruc");
    const commune = await db.unit.findFirstOrThrow({ where: { parent: { code: "904" }, level: "COMMUNE" } });
    const province = await unitIdByCode("91");
    const before = await db.user.count();
    await expect(
      createUser(actor, { ...base, username: "x.leader", role: "PROVINCE_LEADER", unitId: commune.id }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      createUser(actor, { ...base, username: "lg.xa", role: "COMMUNE_POLICE", unitId: commune.id }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      createUser(actor, { ...base, username: "x.admin", role: "ADMIN", unitId: province }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.user.count()).toBe(before);
  });

  it("refuses to create a user in another province (not found)", async () => {
    const actor = await actorOf("lg.thuongtruc");
    await expect(
      createUser(actor, { ...base, username: "x.foreign", role: "PROVINCE_LEADER", unitId: await unitIdByCode("92") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("normalises Vietnamese names to NFC and strips zero-width characters", () => {
    const nfd = "Nguye\u0302\u0303n Va\u0306n An\u200B";
    const parsed = CreateUserSchema.parse({
      ...base,
      fullName: nfd,
      username: "abc",
      role: "COMMUNE_POLICE",
      unitId: "0195f1a2-0000-7000-8000-000000000000",
    });
    expect(parsed.fullName).toBe("Nguyễn Văn An");
  });

  it("a reset password ends the user's sessions and forces a change; the user can then change it", async () => {
    const admin = await actorOf("lg.thuongtruc");
    const commune = await db.unit.findFirstOrThrow({ where: { parent: { code: "906" }, level: "COMMUNE" } });
    const user = await createUser(admin, { ...base, username: "reset.me", role: "COMMUNE_POLICE", unitId: commune.id });
    const first = await authenticate("reset.me", base.password);
    if (!first.ok) throw new Error("sign-in failed");
    await resetUserPassword(admin, { userId: user.id, password: "TamThoi2026y" });
    expect((await db.session.findUniqueOrThrow({ where: { id: first.sessionId } })).revokedAt).not.toBeNull();
    const second = await authenticate("reset.me", "TamThoi2026y");
    if (!second.ok) throw new Error("sign-in failed");
    const me = { ...(await actorOf("reset.me")), sessionId: second.sessionId };
    await expect(
      changeOwnPassword(me, { currentPassword: "wrong", newPassword: "MoiMoi2026z", confirmPassword: "MoiMoi2026z" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await changeOwnPassword(me, {
      currentPassword: "TamThoi2026y",
      newPassword: "MoiMoi2026z",
      confirmPassword: "MoiMoi2026z",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    expect((await authenticate("reset.me", "MoiMoi2026z")).ok).toBe(true);
  });
});
