import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashPassword, normalizeUsername } from "@/lib/auth/password";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { manageableUsers, requireManageableUser } from "@/lib/authz/manageable-user";
import { validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { requireUnitForRole } from "@/lib/server/users/role-unit";
import type { CreateUserInput } from "@/lib/contracts/users/create-user";
import type { Role } from "@/lib/generated/prisma/enums";

export const auditActor = (a: Actor) => ({ userId: a.userId, username: a.username, unitId: a.unitId });

export async function createUser(actor: Actor, input: CreateUserInput) {
  assertCan(actor, "user.manage");
  const unit = await requireUnitForRole(actor, input.role, input.unitId);
  return insertUser(actor, { ...input, unitId: unit.id, agencyId: null });
}

/**
 * Writes a new account whose placement the caller has already checked (`createUser`: the unit and role;
 * lib/server/committee `createAgencyAccount`: the agency), with a temporary password to change at first sign-in,
 * audited in the same transaction. Refuses a user name already taken. Returns {id, username, fullName, role, unitId, agencyId}.
 */
export async function insertUser(
  actor: Actor,
  input: { username: string; fullName: string; password: string; role: Role; unitId: string; agencyId: string | null },
) {
  const username = normalizeUsername(input.username);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username }, select: { id: true } })) {
      throw validation(vi.users.usernameTaken, { username: [vi.users.usernameTaken] });
    }
    const user = await tx.user.create({
      data: { username, fullName: input.fullName, role: input.role, unitId: input.unitId, agencyId: input.agencyId, passwordHash, mustChangePassword: true },
      select: { id: true, username: true, fullName: true, role: true, unitId: true, agencyId: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "user.create", entity: "User", entityId: user.id, unitId: input.unitId, after: user });
    return user;
  });
}

/** Deactivates (ending the user's sessions and API tokens) or reactivates a user the actor may manage. */
export async function setUserActive(actor: Actor, userId: string, isActive: boolean) {
  assertCan(actor, "user.manage");
  const user = await requireManageableUser(actor, userId);
  if (user.id === actor.userId && !isActive) throw validation(vi.users.cannotDeactivateSelf);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { isActive, version: { increment: 1 } } });
    // Deactivation ends every open session and API token at once.
    const revoked = isActive ? undefined : await revokeUserCredentials(tx, user.id);
    await writeAudit(tx, auditActor(actor), {
      action: isActive ? "user.activate" : "user.deactivate",
      entity: "User",
      entityId: user.id,
      unitId: user.unitId,
      before: { isActive: user.isActive },
      after: { isActive, revoked },
    });
    return { id: user.id, isActive };
  });
}

/** Sets a temporary password on a user the actor may manage: ends its sessions and API tokens, forces a change. */
export async function resetUserPassword(actor: Actor, userId: string, password: string) {
  assertCan(actor, "user.manage");
  const user = await requireManageableUser(actor, userId);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), version: { increment: 1 } } });
    const revoked = await revokeUserCredentials(tx, user.id);
    await writeAudit(tx, auditActor(actor), { action: "user.reset-password", entity: "User", entityId: user.id, unitId: user.unitId, after: { revoked } });
  });
  return { id: user.id, message: t(vi.users.passwordReset) };
}

/** The users the actor may manage (its subtree, roles it may assign), by unit code then user name. */
export async function listUsers(actor: Actor) {
  assertCan(actor, "user.manage");
  return db.user.findMany({
    where: manageableUsers(actor),
    select: { id: true, username: true, fullName: true, role: true, isActive: true, unit: { select: { id: true, name: true, level: true } } },
    orderBy: [{ unit: { code: "asc" } }, { username: "asc" }],
  });
}
