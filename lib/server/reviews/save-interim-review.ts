import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { isEditable, transition, type ReviewStatus } from "@/lib/domain/review-workflow";
import { computeScorecard } from "@/lib/server/scorecard/compute-scorecard";
import { reviewPeriod } from "@/lib/server/scorecard/periods";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireSelectionInScope, parseInput } from "./selection-access";
import { SaveInterimReviewSchema, type SaveInterimReviewInput } from "@/lib/contracts/reviews/save-interim-review";
import { isOffTrack } from "./is-off-track";
import { reviewSelect } from "./review-select";

/**
 * The district (in a 2-level province: the commune committee, or the secretariat) saves the narrative of the
 * interim review and optionally submits it; submission freezes the computed scorecard and the off-track flag.
 */
export async function saveInterimReview(actor: Actor, raw: SaveInterimReviewInput) {
  assertCan(actor, "review.submit");
  const input = parseInput(SaveInterimReviewSchema, raw);
  const selection = await requireSelectionInScope(actor, input.selectionId);
  if (input.submit && (!input.results || !input.shortcomings || !input.nextMeasures)) {
    throw validation(vi.reviews.narrativeRequired, {
      ...(input.results ? {} : { results: [vi.reviews.narrativeRequired] }),
      ...(input.shortcomings ? {} : { shortcomings: [vi.reviews.narrativeRequired] }),
      ...(input.nextMeasures ? {} : { nextMeasures: [vi.reviews.narrativeRequired] }),
    });
  }
  return db.$transaction(async (tx) => {
    const existing = await tx.communeReview.findUnique({
      where: { selectionId_kind: { selectionId: selection.id, kind: "INTERIM" } },
      select: reviewSelect,
    });
    const from: ReviewStatus = existing?.status ?? "DRAFT";
    if (existing && !isEditable(existing.status)) throw validation(vi.reviews.notEditable);
    const step = transition(from, input.submit ? "SUBMIT" : "SAVE");
    if (!step.ok) throw validation(step.message);
    const data: Prisma.CommuneReviewUncheckedUpdateInput = {
      status: step.next,
      results: input.results,
      shortcomings: input.shortcomings,
      nextMeasures: input.nextMeasures,
    };
    if (input.submit) {
      const card = await computeScorecard(tx, selection.id, reviewPeriod(selection.programme, "INTERIM"));
      data.scorecard = card as unknown as Prisma.InputJsonValue;
      data.offTrack = isOffTrack(card, Number(selection.programme.passThresholdPercent));
      data.submittedAt = new Date();
      data.submittedById = actor.userId;
      data.returnReason = null;
    }
    let id: string;
    if (!existing) {
      if (input.version !== 0) throw conflict();
      try {
        const created = await tx.communeReview.create({
          data: { ...(data as Prisma.CommuneReviewUncheckedCreateInput), selectionId: selection.id, kind: "INTERIM" },
          select: { id: true },
        });
        id = created.id;
      } catch (error) {
        if ((error as { code?: string }).code === "P2002") throw conflict();
        throw error;
      }
    } else {
      const { count } = await tx.communeReview.updateMany({
        where: { id: existing.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw conflict(vi.errors.conflict, { status: existing.status, version: existing.version });
      id = existing.id;
    }
    const after = await tx.communeReview.findUniqueOrThrow({ where: { id }, select: reviewSelect });
    await writeAudit(tx, auditActor(actor), {
      action: input.submit ? "review.submit" : "review.save",
      entity: "CommuneReview",
      entityId: id,
      unitId: selection.communeId,
      before: existing
        ? {
            status: existing.status,
            results: existing.results,
            shortcomings: existing.shortcomings,
            nextMeasures: existing.nextMeasures,
          }
        : undefined,
      after: {
        status: after.status,
        results: after.results,
        shortcomings: after.shortcomings,
        nextMeasures: after.nextMeasures,
        offTrack: after.offTrack,
      },
    });
    return { id, status: after.status, version: after.version, offTrack: after.offTrack };
  });
}
