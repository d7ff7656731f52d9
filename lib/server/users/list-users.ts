import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { manageableUsers } from "@/lib/authz/manageable-user";

/** The users the actor may manage (its subtree, roles it may assign), by unit code then user name. */
export async function listUsers(actor: Actor) {
  assertCan(actor, "user.manage");
  return db.user.findMany({
    where: manageableUsers(actor),
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      isActive: true,
      unit: { select: { id: true, name: true, level: true } },
    },
    orderBy: [{ unit: { code: "asc" } }, { username: "asc" }],
  });
}
