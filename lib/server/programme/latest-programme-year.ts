import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { programmeScope } from "./programme-access";

/**
 * The newest programme year of the actor's province, for the navigation's links to that year's proposals, approval
 * and plans; null when the role may not see programmes or the province has none yet (the links are then hidden).
 */
export async function latestProgrammeYear(actor: Actor): Promise<number | null> {
  if (!can(actor.role, "programme.view") || !actor.provinceId) return null;
  const latest = await db.programme.findFirst({
    where: programmeScope(actor),
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return latest?.year ?? null;
}
