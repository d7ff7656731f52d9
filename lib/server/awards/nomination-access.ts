import "server-only";
import { db } from "@/lib/db";
import { isUuid, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";

// Emulation awards (domain.md §7; seed 003 mục III): one round per province and year with quotas and the
// leaders ≤ 40% rule; districts and provincial agencies nominate with three required files.

/** The columns of a nomination every awards use case reads. */
export const nominationSelect = {
  id: true,
  roundId: true,
  nominatingUnitId: true,
  kind: true,
  name: true,
  position: true,
  isLeader: true,
  achievements: true,
  files: true,
  status: true,
  decisionReason: true,
  createdAt: true,
} as const;

/** The actor's province id; an actor above the provinces (no province) finds no round: "not found". */
export function provinceOf(actor: Actor): string {
  if (!actor.provinceId) throw notFound();
  return actor.provinceId;
}

/** The nominating unit (in the actor's subtree) and the round of its province; anything else is "not found". */
export async function requireUnitRound(actor: Actor, unitId: string, roundId: string) {
  const unit = await requireUnitInScope(actor, unitId);
  if (!isUuid(roundId)) throw notFound();
  const round = await db.emulationRound.findFirst({ where: { id: roundId, provinceId: unit.provinceId ?? unit.id } });
  if (!round) throw notFound();
  return { unit, round };
}

/** A nomination whose nominating unit is in the actor's subtree; still a draft to be edited. */
export async function requireOwnNomination(actor: Actor, nominationId: string) {
  if (!isUuid(nominationId)) throw notFound();
  const row = await db.nomination.findFirst({ where: { id: nominationId }, select: nominationSelect });
  if (!row || (await db.unit.count({ where: { AND: [{ id: row.nominatingUnitId }, unitScope(actor)] } })) === 0)
    throw notFound();
  if (row.status !== "DRAFT") throw validation(vi.reviews.nominationLocked);
  return row;
}
