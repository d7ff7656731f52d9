import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getUnitOverview } from "@/lib/server/units/get-unit";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { listUsers } from "@/lib/server/users/list-users";
import { listAudit } from "@/lib/server/audit/list-audit";
import { DEMO_ACCOUNTS } from "@/prisma/seed/seed-demo";
import { actorOf, unitIdByCode } from "../support/actors";
import { codeOf } from "../support/error-code";
import { can } from "@/lib/authz/permissions";

// Issue #2 §3: a user sees only its own unit and the units below it; another
// tenant's record answers "not found" (no leak of existence).
describe("tenant isolation of units (every demo role)", () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.role] as const))(
    "%s (%s) sees its own unit and nothing outside its subtree",
    async (username) => {
      const actor = await actorOf(username);
      // A member agency's account has no unit pages at all (issue #18): refused before any unit is looked up.
      const viewing = can(actor.role, "unit.view");
      expect(await codeOf(getUnitOverview(actor, actor.unitId))).toBe(viewing ? "OK" : "FORBIDDEN");

      const outside = await db.unit.findMany({
        where: { NOT: { lineage: { has: actor.unitId } } },
        select: { id: true },
      });
      const inside = await db.unit.findMany({ where: { lineage: { has: actor.unitId } }, select: { id: true } });
      for (const u of outside)
        expect(await codeOf(getUnitOverview(actor, u.id))).toBe(viewing ? "NOT_FOUND" : "FORBIDDEN");
      for (const u of inside.slice(0, 20))
        expect(await codeOf(getUnitOverview(actor, u.id))).toBe(viewing ? "OK" : "FORBIDDEN");
    },
  );

  it("answers not found for a malformed id instead of failing", async () => {
    const actor = await actorOf("lg.xa");
    expect(await codeOf(getUnitOverview(actor, 'not-a-uuid\'; DROP TABLE "Unit";--'))).toBe("NOT_FOUND");
  });

  it("a commune user cannot open a sibling commune, another district's commune, or another province", async () => {
    const actor = await actorOf("lg.xa");
    const caukeDistrict = await unitIdByCode("903");
    const sibling = await db.unit.findFirstOrThrow({
      where: { parentId: caukeDistrict, level: "COMMUNE", id: { not: actor.unitId } },
    });
    const otherDistrictCommune = await db.unit.findFirstOrThrow({
      where: { parent: { code: "905" }, level: "COMMUNE" },
    });
    const otherProvince = await unitIdByCode("92");
    for (const id of [sibling.id, otherDistrictCommune.id, otherProvince, caukeDistrict]) {
      expect(await codeOf(getUnitOverview(actor, id))).toBe("NOT_FOUND");
    }
  });
});

describe("tenant isolation of user management", () => {
  it("a secretariat of another province gets not found and nothing changes", async () => {
    const foreign = await actorOf("hc.thuongtruc");
    const victim = await db.user.findUniqueOrThrow({ where: { username: "lg.tambinh" } });
    expect(await codeOf(setUserActive(foreign, { userId: victim.id, isActive: false }))).toBe("NOT_FOUND");
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).isActive).toBe(true);
  });

  it("lists only users of the actor's subtree", async () => {
    const actor = await actorOf("hc.thuongtruc");
    const users = await listUsers(actor);
    expect(users.map((u) => u.username)).toContain("hc.xa");
    const inScope = await db.user.count({
      where: { id: { in: users.map((u) => u.id) }, unit: { lineage: { has: actor.unitId } } },
    });
    expect(inScope).toBe(users.length);
    expect(users.map((u) => u.username)).not.toContain("lg.xa");
  });

  it("roles without the permission are refused (forbidden, nothing changed)", async () => {
    const leader = await actorOf("lg.lanhdao");
    const police = await actorOf("lg.xa");
    const target = await db.user.findUniqueOrThrow({ where: { username: "lg.xa2" } });
    expect(await codeOf(setUserActive(leader, { userId: target.id, isActive: false }))).toBe("FORBIDDEN");
    expect(await codeOf(setUserActive(police, { userId: target.id, isActive: false }))).toBe("FORBIDDEN");
    expect(await codeOf(listAudit(police))).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).isActive).toBe(true);
  });
});
