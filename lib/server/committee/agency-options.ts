import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";

export type AgencyOptionsOptions = { actor: Actor };

/**
 * The active agencies of the actor's province, for choosing a task's assignee ({id, name}; empty outside a
 * province).
 */
export async function agencyOptions({ actor }: AgencyOptionsOptions) {
  if (!actor.provinceId) return [];
  return db.agency.findMany({
    where: { provinceId: actor.provinceId, isActive: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
