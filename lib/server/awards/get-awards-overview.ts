import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

export type GetAwardsOverviewOptions = { actor: Actor; year: number };

/**
 * Issue #18 §5 (read-only on every province's programme): the emulation round of `year` of the province the actor
 * reads (its own, or the one the ministry chose) and the nominations sent to the province (submitted, approved or
 * not), from units of the actor's subtree, with their unit's name. No round → {round: null, nominations: []};
 * a national actor with no province chosen → the same empty answer (the page says to pick one). Writes nothing.
 */
export async function getAwardsOverview({ actor, year }: GetAwardsOverviewOptions) {
  assertCan(actor, "kpi.view");
  // A national account reads one province at a time (the ministry picks it on /ministry); none chosen: nothing yet.
  if (!actor.provinceId) return { round: null, nominations: [] };
  const round = await db.emulationRound.findUnique({
    where: { provinceId_year: { provinceId: actor.provinceId, year } },
    select: { id: true, collectiveQuota: true, individualQuota: true, leaderMaxPercent: true, priorityNotes: true },
  });
  if (!round) return { round: null, nominations: [] };
  const rows = await db.nomination.findMany({
    where: { roundId: round.id, status: { in: ["SUBMITTED", "APPROVED", "REJECTED"] } },
    select: {
      id: true,
      nominatingUnitId: true,
      kind: true,
      name: true,
      position: true,
      status: true,
      decisionReason: true,
    },
    orderBy: [{ createdAt: "asc" }],
  });
  const units = await db.unit.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.nominatingUnitId))] }, ...unitScope(actor) },
    select: { id: true, name: true },
  });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const nominations = rows
    .filter((r) => unitName.has(r.nominatingUnitId))
    .map((r) => ({ ...r, unitName: unitName.get(r.nominatingUnitId)! }));
  return { round, nominations };
}
