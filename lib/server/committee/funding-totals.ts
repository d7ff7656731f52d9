import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { fundingTotals } from "@/lib/domain/funding";
import { programmeScope } from "@/lib/server/programme/programme-access";

/**
 * The funding of a programme `year` in the actor's subtree (its province's communes for the secretariat): totals per
 * source and overall (`fundingTotals`, đồng as BigInt) and the number of communes with amounts.
 */
export async function fundingTotalsForYear(actor: Actor, year: number) {
  const rows = await db.funding.findMany({
    where: { programme: { year, ...programmeScope(actor) }, commune: unitScope(actor) },
    select: { source: true, planned: true, spent: true, communeId: true },
  });
  return { ...fundingTotals(rows), communes: new Set(rows.map((r) => r.communeId)).size };
}
