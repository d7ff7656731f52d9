import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/actor";
import { DEMO_PASSWORD } from "@/prisma/seed/seed-demo";
import { MONTHLY_ACTION_CASES } from "./monthly-cases";
import { REVIEW_ACTION_CASES } from "./review-cases";
import { PROGRAMME_ACTION_CASES } from "./programme-cases";
import { COMMITTEE_ACTION_CASES } from "./committee-cases";

/**
 * How to call each server action against a record of a given unit. The tenancy
 * suite calls every action as every role on records of its own subtree and of
 * foreign units; an action without a case here fails the suite, so new actions
 * cannot ship without an isolation test.
 *
 * `input(actor, unitId)` returns an input that targets a record belonging to `unitId`
 * (creating a fixture record if needed). For the actor's own unit it is a valid input, so the
 * suite proves each allowed path succeeds, not only that refusals refuse. Actions on the actor
 * itself set `selfOnly`; `after` restores what a successful call changed on a shared demo record.
 */
export type ActionCase = {
  selfOnly?: boolean;
  input: (actor: Actor, unitId: string) => Promise<unknown>;
  after?: (actor: Actor) => Promise<void>;
};

let seq = 0;
const unique = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`;

async function fixtureUser(unitId: string) {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { level: true } });
  const role = unit.level === "COMMUNE" ? "COMMUNE_POLICE" : unit.level === "DISTRICT" ? "DISTRICT_COMMITTEE" : "PROVINCE_LEADER";
  return db.user.create({ data: { username: unique("fx."), fullName: "Người dùng thử", role, unitId, passwordHash: await hashPassword("Fixture2026x") }, select: { id: true } });
}

export const ACTION_CASES: Record<string, ActionCase> = {
  ...MONTHLY_ACTION_CASES,
  ...REVIEW_ACTION_CASES,
  ...PROGRAMME_ACTION_CASES,
  ...COMMITTEE_ACTION_CASES,
  "users#createUserAction": {
    input: async (_actor, unitId) => {
      const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { level: true } });
      const role = unit.level === "COMMUNE" ? "COMMUNE_POLICE" : unit.level === "DISTRICT" ? "DISTRICT_COMMITTEE" : unit.level === "PROVINCE" ? "PROVINCE_LEADER" : "ADMIN";
      return { username: unique("t."), fullName: "Trần Thị Bình", role, unitId, password: "MatKhau2026x" };
    },
  },
  "users#setUserActiveAction": { input: async (_a, unitId) => ({ userId: (await fixtureUser(unitId)).id, isActive: false }) },
  // A role that fits the unit's level and differs from the fixture's where one exists (a district keeps its role: VALIDATION).
  "users#changeUserRoleAction": {
    input: async (_a, unitId) => {
      const { level } = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { level: true } });
      const role = { NATION: "ADMIN", PROVINCE: "PROVINCE_SECRETARIAT", DISTRICT: "DISTRICT_COMMITTEE", COMMUNE: "DISTRICT_COMMITTEE" }[level];
      return { userId: (await fixtureUser(unitId)).id, role, unitId, version: 1 };
    },
  },
  "users#resetPasswordAction": { input: async (_a, unitId) => ({ userId: (await fixtureUser(unitId)).id, password: "DatLai2026xyz" }) },
  // Tokens belong to a user: the actor's own token in its own unit, another user's token elsewhere (→ not found).
  "account/tokens#createApiTokenAction": { selfOnly: true, input: async () => ({ name: "Hệ thống thử nghiệm", validDays: 90 }) },
  "account/tokens#revokeApiTokenAction": {
    input: async (actor, unitId) => {
      const userId = unitId === actor.unitId ? actor.userId : (await fixtureUser(unitId)).id;
      const t = await db.apiToken.create({ data: { userId, name: "Thử", tokenHash: createHash("sha256").update(unique("tok")).digest("hex") }, select: { id: true } });
      return { tokenId: t.id };
    },
  },
  // Signs out the actor's own session (tests' actors have none): nothing of another unit to target.
  "account#signOutAction": { selfOnly: true, input: async () => ({}) },
  // The demo account's real password, then put back: the other suites sign in with it.
  "account/password#changePasswordAction": {
    selfOnly: true,
    input: async () => ({ currentPassword: DEMO_PASSWORD, newPassword: "MoiMoi2026z", confirmPassword: "MoiMoi2026z" }),
    after: async (actor) => {
      await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword(DEMO_PASSWORD), mustChangePassword: false } });
    },
  },
};
