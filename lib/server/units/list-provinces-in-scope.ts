import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

/** Provinces of the actor's subtree (the national root's picker). */
export async function listProvincesInScope(actor: Actor) {
  return db.unit.findMany({
    where: { AND: [unitScope(actor), { level: "PROVINCE" }] },
    select: { id: true, name: true },
    orderBy: { code: "asc" },
  });
}
