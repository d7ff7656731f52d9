import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { nominationSelect, provinceOf } from "./nomination-access";
import { checkNominations } from "./nomination-check";

/** The round of the actor's province for a year, with the nominations the actor may see (its own unit's, or all for the province). */
export async function getAwardsPage(actor: Actor, year: number) {
  assertCan(actor, "award.nominate");
  const provinceId = provinceOf(actor);
  const round = await db.emulationRound.findUnique({ where: { provinceId_year: { provinceId, year } } });
  if (!round) return { round: null, own: [], ownCheck: null, provinceCheck: null, all: [] };
  const isProvince = actor.unitLevel === "PROVINCE";
  const rows = await db.nomination.findMany({
    where: {
      roundId: round.id,
      ...(isProvince && actor.role === "PROVINCE_SECRETARIAT" ? {} : { nominatingUnitId: actor.unitId }),
    },
    select: nominationSelect,
    orderBy: [{ createdAt: "asc" }],
  });
  const units = await db.unit.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.nominatingUnitId))] } },
    select: { id: true, name: true },
  });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const own = rows.filter((r) => r.nominatingUnitId === actor.unitId && r.status !== "WITHDRAWN");
  const submitted = rows.filter((r) => r.status === "SUBMITTED" || r.status === "APPROVED");
  return {
    round,
    own,
    ownCheck: checkNominations(round, own),
    all: rows.map((r) => ({ ...r, unitName: unitName.get(r.nominatingUnitId) ?? "" })),
    provinceCheck: can(actor.role, "award.manage") ? checkNominations(round, submitted) : null,
  };
}
