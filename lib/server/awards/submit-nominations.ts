import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { SubmitNominationsSchema, type SubmitNominationsInput } from "@/lib/contracts/awards/submit-nominations";
import { nominationSelect, requireUnitRound } from "./nomination-access";
import { checkNominations, listRefused } from "./nomination-check";

/**
 * Sends the unit's list. Refused when it breaks a quota or the leaders ≤ 40% rule, or when files are missing;
 * the refusal lists every problem (validateNominations).
 */
export async function submitNominations(actor: Actor, raw: SubmitNominationsInput) {
  assertCan(actor, "award.nominate");
  const input = parseInput(SubmitNominationsSchema, raw);
  const { unit, round } = await requireUnitRound(actor, input.unitId, input.roundId);
  return db.$transaction(async (tx) => {
    const rows = await tx.nomination.findMany({
      where: { roundId: round.id, nominatingUnitId: unit.id, status: { in: ["DRAFT", "SUBMITTED"] } },
      select: nominationSelect,
    });
    const drafts = rows.filter((r) => r.status === "DRAFT");
    if (drafts.length === 0) throw validation(vi.reviews.nominationsRefused, { _: [vi.common.none] });
    const result = checkNominations(round, rows);
    if (!result.ok) {
      throw listRefused(vi.reviews.nominationsRefused, result);
    }
    await tx.nomination.updateMany({ where: { id: { in: drafts.map((d) => d.id) } }, data: { status: "SUBMITTED" } });
    await writeAudit(tx, auditActor(actor), {
      action: "award.nominations.submit",
      entity: "EmulationRound",
      entityId: round.id,
      unitId: unit.id,
      after: { nominations: drafts.map((d) => d.id) },
    });
    return { submitted: drafts.length };
  });
}
