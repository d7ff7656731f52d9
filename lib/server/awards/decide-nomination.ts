import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { DecideNominationSchema, type DecideNominationInput } from "@/lib/contracts/awards/decide-nomination";
import { nominationSelect, provinceOf } from "./nomination-access";
import { checkNominations, listRefused } from "./nomination-check";

/**
 * The province decides each submitted nomination before the list goes to the emulation council (seed 003 mục III:
 * "Sở Nội vụ … thẩm định hồ sơ đề nghị khen thưởng"): approving keeps the approved list within the quotas and the
 * leader rule, with every file present (the same rule as a district's list, lib/domain/awards.ts); not approving
 * needs a reason. A decision can be changed until the council meets: the last one stands, each is audited.
 */
export async function decideNomination(actor: Actor, raw: DecideNominationInput) {
  assertCan(actor, "award.manage");
  const input = parseInput(DecideNominationSchema, raw);
  const provinceId = provinceOf(actor);
  const row = await db.nomination.findFirst({
    where: { id: input.nominationId, round: { provinceId } },
    select: {
      ...nominationSelect,
      round: { select: { id: true, collectiveQuota: true, individualQuota: true, leaderMaxPercent: true } },
    },
  });
  if (!row) throw notFound();
  if (!["SUBMITTED", "APPROVED", "REJECTED"].includes(row.status)) throw validation(vi.reviews.nominationNotSubmitted);
  const next = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
  return db.$transaction(async (tx) => {
    // One decision at a time per round: two approvals racing for the last place cannot both pass the quota.
    await tx.$queryRaw`SELECT 1 FROM "EmulationRound" WHERE id = ${row.round.id}::uuid FOR UPDATE`;
    if (next === "APPROVED") {
      const approved = await tx.nomination.findMany({
        where: { roundId: row.round.id, status: "APPROVED", id: { not: row.id } },
        select: nominationSelect,
      });
      const result = checkNominations(row.round, [...approved, row]);
      if (!result.ok) {
        throw listRefused(vi.reviews.nominationApproveRefused, result);
      }
    }
    const { count } = await tx.nomination.updateMany({
      where: { id: row.id, status: row.status },
      data: { status: next, decisionReason: next === "REJECTED" ? input.reason : null, decidedAt: new Date() },
    });
    if (count === 0) throw conflict();
    await writeAudit(tx, auditActor(actor), {
      action: next === "APPROVED" ? "award.nomination.approve" : "award.nomination.reject",
      entity: "Nomination",
      entityId: row.id,
      unitId: row.nominatingUnitId,
      before: { status: row.status, reason: row.decisionReason },
      after: { status: next, reason: next === "REJECTED" ? input.reason : null },
    });
    return { id: row.id, status: next };
  });
}
