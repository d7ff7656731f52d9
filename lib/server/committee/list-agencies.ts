import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

export type ListAgenciesOptions = { actor: Actor };

/**
 * The agencies of the actor's subtree (its province's, for a secretariat), active first then by name, each with
 * its accounts and its number of assigned tasks.
 */
export async function listAgencies({ actor }: ListAgenciesOptions) {
  assertCan(actor, "agency.manage");
  return db.agency.findMany({
    where: { province: unitScope(actor) },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      isActive: true,
      version: true,
      users: { select: { id: true, username: true, fullName: true, isActive: true }, orderBy: { username: "asc" } },
      _count: { select: { planTasks: true } },
    },
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
  });
}
