import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { AddNominationSchema, type AddNominationInput } from "@/lib/contracts/awards/add-nomination";
import { nominationSelect, requireUnitRound } from "./nomination-access";

/** Adds a draft nomination of a unit of the actor's subtree to its province's round ("award.nominate"). */
export async function addNomination(actor: Actor, raw: AddNominationInput) {
  assertCan(actor, "award.nominate");
  const input = parseInput(AddNominationSchema, raw);
  const { unit, round } = await requireUnitRound(actor, input.unitId, input.roundId);
  return db.$transaction(async (tx) => {
    const row = await tx.nomination.create({
      data: {
        roundId: round.id,
        nominatingUnitId: unit.id,
        kind: input.kind,
        name: input.name,
        position: input.position || null,
        isLeader: input.kind === "INDIVIDUAL" && input.isLeader,
        achievements: input.achievements,
        files: [],
      },
      select: nominationSelect,
    });
    await writeAudit(tx, auditActor(actor), {
      action: "award.nomination.add",
      entity: "Nomination",
      entityId: row.id,
      unitId: unit.id,
      after: row,
    });
    return { id: row.id };
  });
}
