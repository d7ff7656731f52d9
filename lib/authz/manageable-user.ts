import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { assignableRoles } from "@/lib/authz/permissions";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * SECURITY-CRITICAL (issue #14 finding 2): THE rule "may this actor manage this user". The Prisma filter of
 * the users an actor may act on: a unit in the actor's subtree AND a role the actor may assign
 * (`assignableRoles`). A secretariat thus cannot reset, deactivate or move an ADMIN placed in its province,
 * which would go around the refusal to create one. Every user use case loads its target through it.
 */
export function manageableUsers(actor: Pick<Actor, "unitId" | "role">): Prisma.UserWhereInput {
  return { unit: unitScope(actor), role: { in: assignableRoles(actor.role) } };
}

const targetSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  unitId: true,
  isActive: true,
  version: true,
  agency: { select: { isActive: true } },
} as const;

/**
 * Takes a user id from a form or URL and returns that user ({id, username, fullName, role, unitId, isActive,
 * version, agency: {isActive} | null}) when the actor may manage it; otherwise "not found", the same answer as for another tenant's user,
 * so an unmanageable account cannot even be shown to exist.
 */
export async function requireManageableUser(actor: Pick<Actor, "unitId" | "role">, userId: string) {
  if (!isUuid(userId)) throw notFound();
  const user = await db.user.findFirst({
    where: { AND: [{ id: userId }, manageableUsers(actor)] },
    select: targetSelect,
  });
  if (!user) throw notFound();
  return user;
}
