import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashPassword, normalizeUsername } from "@/lib/auth/password";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { assignableRoles, ROLE_UNIT_LEVELS } from "@/lib/authz/permissions";
import { notFound, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import type { CreateUserInput } from "@/lib/server/users/schemas";

const auditActor = (a: Actor) => ({ userId: a.userId, username: a.username, unitId: a.unitId });

/** A user of the actor's subtree, or "not found" (also for users of other tenants). */
async function requireUserInScope(actor: Actor, userId: string) {
  if (!isUuid(userId)) throw notFound();
  const user = await db.user.findFirst({
    where: { id: userId, unit: unitScope(actor) },
    select: { id: true, username: true, fullName: true, role: true, unitId: true, isActive: true },
  });
  if (!user) throw notFound();
  return user;
}

export async function createUser(actor: Actor, input: CreateUserInput) {
  assertCan(actor, "user.manage");
  const unit = await db.unit.findFirst({ where: { id: input.unitId, ...unitScope(actor) }, select: { id: true, level: true } });
  if (!unit) throw notFound();
  if (!assignableRoles(actor.role).includes(input.role)) throw validation(vi.errors.forbidden, { role: [vi.errors.forbidden] });
  if (!ROLE_UNIT_LEVELS[input.role].includes(unit.level)) throw validation(vi.users.roleNotAllowedForUnit, { role: [vi.users.roleNotAllowedForUnit] });

  const username = normalizeUsername(input.username);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username }, select: { id: true } })) {
      throw validation(vi.users.usernameTaken, { username: [vi.users.usernameTaken] });
    }
    const user = await tx.user.create({
      data: { username, fullName: input.fullName, role: input.role, unitId: unit.id, passwordHash, mustChangePassword: true },
      select: { id: true, username: true, fullName: true, role: true, unitId: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "user.create", entity: "User", entityId: user.id, unitId: unit.id, after: user });
    return user;
  });
}

export async function setUserActive(actor: Actor, userId: string, isActive: boolean) {
  assertCan(actor, "user.manage");
  const user = await requireUserInScope(actor, userId);
  if (user.id === actor.userId && !isActive) throw validation(vi.users.cannotDeactivateSelf);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { isActive, version: { increment: 1 } } });
    // Deactivation ends every open session at once.
    if (!isActive) await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await writeAudit(tx, auditActor(actor), {
      action: isActive ? "user.activate" : "user.deactivate",
      entity: "User",
      entityId: user.id,
      unitId: user.unitId,
      before: { isActive: user.isActive },
      after: { isActive },
    });
    return { id: user.id, isActive };
  });
}

export async function resetUserPassword(actor: Actor, userId: string, password: string) {
  assertCan(actor, "user.manage");
  const user = await requireUserInScope(actor, userId);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), version: { increment: 1 } } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await writeAudit(tx, auditActor(actor), { action: "user.reset-password", entity: "User", entityId: user.id, unitId: user.unitId });
  });
  return { id: user.id, message: t(vi.users.passwordReset) };
}

export async function listUsers(actor: Actor) {
  assertCan(actor, "user.manage");
  return db.user.findMany({
    where: { unit: unitScope(actor) },
    select: { id: true, username: true, fullName: true, role: true, isActive: true, unit: { select: { id: true, name: true, level: true } } },
    orderBy: [{ unit: { code: "asc" } }, { username: "asc" }],
  });
}
