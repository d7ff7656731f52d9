import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { requireManageableUser } from "@/lib/authz/manageable-user";

/** The user page: a user the actor may manage ("not found" otherwise), with its unit's name and level. */
export async function getManagedUser(actor: Actor, userId: string) {
  assertCan(actor, "user.manage");
  const user = await requireManageableUser(actor, userId);
  const unit = await db.unit.findUniqueOrThrow({
    where: { id: user.unitId },
    select: { id: true, code: true, name: true, level: true },
  });
  return { ...user, unit };
}
