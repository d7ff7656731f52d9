import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db";
import { actionContract, runActionAs } from "@/lib/actions/define-action";
import { assignableRoles, can } from "@/lib/authz/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { listUsers } from "@/lib/server/users/list-users";
import { changeUserRoleAction, resetPasswordAction, setUserActiveAction } from "@/app/(app)/users/actions";
import { actorOf } from "../../support/actors";
import { writeMark } from "../../support/foreign-units";
import { createTarget, newPlacementFor } from "../../support/user-targets";
import { discoverActions } from "./actions";

// Issue #14 finding 2: a province secretariat reset the password of an ADMIN placed in its province, then
// signed in as that ADMIN. Every action on a user, called by every role on a target of every role inside the
// actor's own subtree: the actor lacks "user.manage" → FORBIDDEN; the target's role is one the actor may assign
// (assignableRoles) → OK and audited; otherwise → NOT_FOUND (as a foreign record) and nothing written.
const ROLES: Role[] = [
  "ADMIN",
  "PROVINCE_SECRETARIAT",
  "PROVINCE_LEADER",
  "DISTRICT_COMMITTEE",
  "COMMUNE_POLICE",
  "AGENCY_MEMBER",
  "MINISTRY_OFFICE",
];
const ACTOR_OF_ROLE: Record<Role, string> = {
  ADMIN: "admin",
  PROVINCE_SECRETARIAT: "lg.thuongtruc",
  PROVINCE_LEADER: "lg.lanhdao",
  DISTRICT_COMMITTEE: "lg.cauke",
  COMMUNE_POLICE: "lg.xa",
  AGENCY_MEMBER: "lg.sotuphap",
  MINISTRY_OFFICE: "bo.thuongtruc",
};

type Target = Awaited<ReturnType<typeof createTarget>>;
type UserAction = {
  action: unknown;
  audit: string;
  prepare?: (t: Target) => Promise<void>;
  input: (t: Target) => Promise<unknown>;
};

const USER_ACTIONS: Record<string, UserAction> = {
  "users#setUserActiveAction (deactivate)": {
    action: setUserActiveAction,
    audit: "user.deactivate",
    input: async (t) => ({ userId: t.id, isActive: false }),
  },
  "users#setUserActiveAction (reactivate)": {
    action: setUserActiveAction,
    audit: "user.activate",
    prepare: async (t) => void (await db.user.update({ where: { id: t.id }, data: { isActive: false } })),
    input: async (t) => ({ userId: t.id, isActive: true }),
  },
  "users#resetPasswordAction": {
    action: resetPasswordAction,
    audit: "user.reset-password",
    input: async (t) => ({ userId: t.id, password: "DatLai2026xyz" }),
  },
  "users#changeUserRoleAction": {
    action: changeUserRoleAction,
    audit: "user.change-role",
    input: async (t) => ({ userId: t.id, ...(await newPlacementFor(t.role)), version: t.version }),
  },
};
const outcomes: Record<string, number> = {};

describe("every action on a user refuses a target whose role the actor may not assign (issue #14 finding 2)", () => {
  it("every server action that takes a user id is in this matrix", () => {
    const takesUser = discoverActions().filter((a) => {
      const shape = (actionContract(a.action)!.input as unknown as { shape?: Record<string, z.ZodType> }).shape;
      return !!shape && "userId" in shape;
    });
    const covered = new Set(Object.values(USER_ACTIONS).map((c) => c.action));
    expect(takesUser.filter((a) => !covered.has(a.action)).map((a) => a.name)).toEqual([]);
  });

  for (const [name, c] of Object.entries(USER_ACTIONS)) {
    for (const actorRole of ROLES) {
      it(`${name} by ${actorRole} on a target of every role`, async () => {
        const actor = await actorOf(ACTOR_OF_ROLE[actorRole]);
        for (const targetRole of ROLES) {
          const target = await createTarget(targetRole);
          await c.prepare?.(target);
          const input = await c.input(target);
          const before = await writeMark();
          const result = await runActionAs(c.action as never, actor, input);
          const code = result.ok ? "OK" : result.code;
          outcomes[code] = (outcomes[code] ?? 0) + 1;
          const expected = !can(actorRole, "user.manage")
            ? "FORBIDDEN"
            : assignableRoles(actorRole).includes(targetRole)
              ? "OK"
              : "NOT_FOUND";
          expect(code, `${actorRole} → ${targetRole}: ${result.ok ? "" : result.message}`).toBe(expected);
          if (expected === "OK") {
            expect(
              await db.auditLog.count({ where: { action: c.audit, entityId: target.id, actorId: actor.userId } }),
            ).toBe(1);
          } else {
            expect(await writeMark(), `${actorRole} → ${targetRole}: nothing written`).toBe(before);
          }
        }
      });
    }
  }

  it("the list of users shows only the users the actor may manage", async () => {
    const admin = await createTarget("ADMIN");
    const leader = await createTarget("PROVINCE_LEADER");
    const ids = (await listUsers(await actorOf("lg.thuongtruc"))).map((u) => u.id);
    expect(ids).toContain(leader.id);
    expect(ids).not.toContain(admin.id);
    expect((await listUsers(await actorOf("admin"))).map((u) => u.id)).toContain(admin.id);
  });

  afterAll(() =>
    console.log(
      `user actions × role pairs: ${Object.entries(outcomes)
        .map(([k, n]) => `${k}: ${n}`)
        .join(", ")}`,
    ),
  );
});
