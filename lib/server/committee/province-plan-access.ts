import "server-only";
import type { Actor } from "@/lib/authz/actor";

/**
 * SECURITY: the province's own plan is the province-level accounts' (its unit is the province itself): the actor's
 * province when the actor sits at it, else none (district and commune accounts reach their communes' plans only).
 */
export function ownProvinceId(actor: Actor): string | null {
  return actor.unitLevel === "PROVINCE" ? actor.unitId : null;
}
