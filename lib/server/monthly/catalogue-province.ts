import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

/** The province whose catalogue the actor reads: its own (admins pick one). */
export async function catalogueProvince(actor: Actor, provinceId?: string) {
  const id = actor.provinceId ?? provinceId;
  if (!id || !isUuid(id)) return null;
  return db.unit.findFirst({
    where: { id, level: "PROVINCE", lineage: { has: actor.unitId } },
    select: { id: true, name: true },
  });
}
