import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/**
 * SECURITY: a member agency belongs to one province's committee; it is reached only through the actor's subtree
 * (its province in `unitScope`), so another province's agency answers "not found". Returns {id, provinceId, name,
 * shortName, kind, isActive, version}.
 */
export async function requireAgency(actor: Actor, agencyId: string) {
  if (!isUuid(agencyId)) throw notFound();
  const agency = await db.agency.findFirst({
    where: { id: agencyId, province: unitScope(actor) },
    select: { id: true, provinceId: true, name: true, shortName: true, kind: true, isActive: true, version: true },
  });
  if (!agency) throw notFound();
  return agency;
}
