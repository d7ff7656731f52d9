import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/** A province unit in the actor's subtree (the secretariat's own province), else "not found". */
export async function requireProvince(actor: Actor, provinceId: string) {
  if (!isUuid(provinceId)) throw notFound();
  const unit = await db.unit.findFirst({
    where: { id: provinceId, level: "PROVINCE", lineage: { has: actor.unitId } },
    select: { id: true },
  });
  if (!unit) throw notFound();
  return unit;
}
