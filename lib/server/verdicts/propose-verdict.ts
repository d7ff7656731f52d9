import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireSelectionInScope, parseInput } from "@/lib/server/reviews/selection-access";
import { canSecretariatPropose } from "@/lib/domain/verdict-steps";
import { assessVerdict } from "./compute-verdict-recommendation";
import { lockSelection, loadVerdicts, verdictState } from "./verdict-state";
import { ProposeVerdictSchema, type ProposeVerdictInput } from "@/lib/contracts/verdicts/propose-verdict";

/**
 * Two proposal steps before the decision (domain.md §2.5–2.6):
 * - DISTRICT: after the year-end review meeting (date, answer on new complexity, minutes attached), the district
 *   committee (in a 2-level province the commune committee or the secretariat) proposes "đạt"/"chưa đạt";
 *   the year-end review is submitted with its scorecard frozen.
 * - SECRETARIAT: the province secretariat checks and proposes (only at province level); the review is accepted.
 * The recommendation and its reasons are recomputed and stored at each step.
 */
export async function proposeVerdict(actor: Actor, raw: ProposeVerdictInput) {
  assertCan(actor, "verdict.propose");
  const input = parseInput(ProposeVerdictSchema, raw);
  const selection = await requireSelectionInScope(actor, input.selectionId);
  if (input.level === "SECRETARIAT" && (actor.role !== "PROVINCE_SECRETARIAT" || actor.unitLevel !== "PROVINCE"))
    throw validation(vi.errors.forbidden);

  return db.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    const state = verdictState(await loadVerdicts(tx, [selection.id]));
    if (state.effective) throw validation(vi.reviews.alreadyIssued);
    const review = await tx.communeReview.findUnique({
      where: { selectionId_kind: { selectionId: selection.id, kind: "YEAR_END" } },
    });
    const assessment = await assessVerdict(tx, selection);
    const reasons = assessment.result.reasons as unknown as Prisma.InputJsonValue;

    if (input.level === "DISTRICT") {
      if (state.pending && state.pending.stage !== "DISTRICT_PROPOSED")
        throw validation(t(vi.reviews.stageOrder, { stage: vi.reviews.stage[state.pending.stage] }));
      if (!review || !review.meetingDate || review.newComplexity === null) throw validation(vi.reviews.minutesRequired);
      const minutes = await tx.attachment.count({ where: { ownerType: "CommuneReview", ownerId: review.id } });
      if (minutes === 0) throw validation(vi.reviews.minutesRequired);
      if ((state.pending?.version ?? 0) !== input.version)
        throw conflict(vi.errors.conflict, { stage: state.pending?.stage, version: state.pending?.version });
      const data = { districtProposal: input.proposal, recommendation: assessment.result.recommendation, reasons };
      const row = state.pending
        ? await tx.communeVerdict.update({
            where: { id: state.pending.id },
            data: { ...data, version: { increment: 1 } },
            select: { id: true, version: true },
          })
        : await tx.communeVerdict.create({
            data: {
              ...data,
              selectionId: selection.id,
              communeId: selection.communeId,
              year: selection.programme.year,
              stage: "DISTRICT_PROPOSED",
            },
            select: { id: true, version: true },
          });
      if (review.status !== "SUBMITTED") {
        await tx.communeReview.update({
          where: { id: review.id },
          data: {
            status: "SUBMITTED",
            scorecard: assessment.scorecard as unknown as Prisma.InputJsonValue,
            submittedAt: new Date(),
            submittedById: actor.userId,
            returnReason: null,
            version: { increment: 1 },
          },
        });
      }
      await writeAudit(tx, auditActor(actor), {
        action: "verdict.propose.district",
        entity: "CommuneVerdict",
        entityId: row.id,
        unitId: selection.communeId,
        after: { proposal: input.proposal, recommendation: assessment.result.recommendation },
      });
      return { id: row.id, stage: "DISTRICT_PROPOSED" as const, recommendation: assessment.result.recommendation };
    }

    // SECRETARIAT: checks the district's proposal (which must exist) and proposes to the approver.
    if (!state.pending) throw validation(t(vi.reviews.stageOrder, { stage: vi.reviews.stage.NONE }));
    const step = canSecretariatPropose(state.pending.stage, review?.status ?? null);
    if (!step.ok) throw validation(step.message);
    if (state.pending.version !== input.version)
      throw conflict(vi.errors.conflict, { stage: state.pending.stage, version: state.pending.version });
    const row = await tx.communeVerdict.update({
      where: { id: state.pending.id },
      data: {
        stage: "SECRETARIAT_PROPOSED",
        secretariatProposal: input.proposal,
        recommendation: assessment.result.recommendation,
        reasons,
        version: { increment: 1 },
      },
      select: { id: true, version: true },
    });
    if (review && review.status === "SUBMITTED") {
      await tx.communeReview.update({
        where: { id: review.id },
        data: { status: "ACCEPTED", reviewedAt: new Date(), reviewedById: actor.userId, version: { increment: 1 } },
      });
    }
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.propose.secretariat",
      entity: "CommuneVerdict",
      entityId: row.id,
      unitId: selection.communeId,
      before: { stage: state.pending.stage, districtProposal: state.pending.districtProposal },
      after: {
        stage: "SECRETARIAT_PROPOSED",
        proposal: input.proposal,
        recommendation: assessment.result.recommendation,
      },
    });
    return { id: row.id, stage: "SECRETARIAT_PROPOSED" as const, recommendation: assessment.result.recommendation };
  });
}
