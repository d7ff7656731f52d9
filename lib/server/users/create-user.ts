import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { requireUnitForRole } from "@/lib/server/users/role-unit";
import type { CreateUserInput } from "@/lib/contracts/users/create-user";
import { insertUser } from "./insert-user";

/** Creates an account at a unit of the actor's subtree with a role it may assign and that fits the unit's level. */
export async function createUser(actor: Actor, input: CreateUserInput) {
  assertCan(actor, "user.manage");
  const unit = await requireUnitForRole(actor, input.role, input.unitId);
  return insertUser(actor, { ...input, unitId: unit.id, agencyId: null });
}
