import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { isEditable, transition, type ReviewStatus } from "@/lib/domain/review-workflow";
import { computeScorecard, type Scorecard } from "@/lib/server/scorecard/compute-scorecard";
import { reviewPeriod } from "@/lib/server/scorecard/periods";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActor, requireSelectionInScope, selectionSelect, parseInput } from "./selection-access";
import { canReturnYearEndReview } from "@/lib/domain/verdict-steps";
import { loadVerdicts, lockSelection, verdictState } from "@/lib/server/verdicts/verdict-state";
import { DecideReviewSchema, SaveInterimReviewSchema, type DecideReviewInput, type SaveInterimReviewInput } from "./schemas";

/** Off track at mid-year (issue #5): the share of achieved indicators so far is below the pass threshold. */
export function isOffTrack(card: Pick<Scorecard, "achievedShare">, thresholdPercent: number): boolean {
  return card.achievedShare === null || card.achievedShare < thresholdPercent - 1e-9;
}

const reviewSelect = {
  id: true, selectionId: true, kind: true, status: true, scorecard: true, results: true, shortcomings: true, nextMeasures: true,
  newComplexity: true, meetingDate: true, offTrack: true, returnReason: true, submittedAt: true, reviewedAt: true, version: true,
} as const;

/** Interim reviews of the year for the actor's subtree, each with its live scorecard and off-track flag. */
export async function listInterimReviews(actor: Actor, year: number) {
  assertCan(actor, "kpi.view");
  const selections = await db.selection.findMany({
    where: { status: "SELECTED", programme: { year }, commune: unitScope(actor) },
    select: selectionSelect,
    orderBy: { commune: { code: "asc" } },
  });
  const reviews = await db.communeReview.findMany({ where: { kind: "INTERIM", selectionId: { in: selections.map((s) => s.id) } }, select: reviewSelect });
  const bySelection = new Map(reviews.map((r) => [r.selectionId, r]));
  return Promise.all(
    selections.map(async (selection) => {
      const review = bySelection.get(selection.id) ?? null;
      const card = await computeScorecard(db, selection.id, reviewPeriod(selection.programme, "INTERIM"));
      const threshold = Number(selection.programme.passThresholdPercent);
      return {
        selection: selection,
        review,
        achievedCount: card.achievedCount,
        totalCount: card.totalCount,
        achievedShare: card.achievedShare,
        offTrack: review && review.status !== "DRAFT" && review.status !== "RETURNED" ? review.offTrack : isOffTrack(card, threshold),
      };
    }),
  );
}

/** The interim review page: selection, review (if any) and the scorecard (stored once submitted, live before). */
export async function getInterimReview(actor: Actor, selectionId: string) {
  assertCan(actor, "kpi.view");
  const selection = await requireSelectionInScope(actor, selectionId);
  const review = await db.communeReview.findUnique({ where: { selectionId_kind: { selectionId, kind: "INTERIM" } }, select: reviewSelect });
  const frozen = review && (review.status === "SUBMITTED" || review.status === "ACCEPTED");
  const scorecard = frozen ? (review.scorecard as unknown as Scorecard) : await computeScorecard(db, selectionId, reviewPeriod(selection.programme, "INTERIM"));
  const threshold = Number(selection.programme.passThresholdPercent);
  return { selection, review, scorecard, threshold, offTrack: frozen ? review.offTrack : isOffTrack(scorecard, threshold) };
}

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
    const existing = await tx.communeReview.findUnique({ where: { selectionId_kind: { selectionId: selection.id, kind: "INTERIM" } }, select: reviewSelect });
    const from: ReviewStatus = existing?.status ?? "DRAFT";
    if (existing && !isEditable(existing.status)) throw validation(vi.reviews.notEditable);
    const step = transition(from, input.submit ? "SUBMIT" : "SAVE");
    if (!step.ok) throw validation(step.message);
    const data: Prisma.CommuneReviewUncheckedUpdateInput = {
      status: step.next, results: input.results, shortcomings: input.shortcomings, nextMeasures: input.nextMeasures,
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
        const created = await tx.communeReview.create({ data: { ...(data as Prisma.CommuneReviewUncheckedCreateInput), selectionId: selection.id, kind: "INTERIM" }, select: { id: true } });
        id = created.id;
      } catch (error) {
        if ((error as { code?: string }).code === "P2002") throw conflict();
        throw error;
      }
    } else {
      const { count } = await tx.communeReview.updateMany({ where: { id: existing.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw conflict(vi.errors.conflict, { status: existing.status, version: existing.version });
      id = existing.id;
    }
    const after = await tx.communeReview.findUniqueOrThrow({ where: { id }, select: reviewSelect });
    await writeAudit(tx, auditActor(actor), {
      action: input.submit ? "review.submit" : "review.save", entity: "CommuneReview", entityId: id, unitId: selection.communeId,
      before: existing ? { status: existing.status, results: existing.results, shortcomings: existing.shortcomings, nextMeasures: existing.nextMeasures } : undefined,
      after: { status: after.status, results: after.results, shortcomings: after.shortcomings, nextMeasures: after.nextMeasures, offTrack: after.offTrack },
    });
    return { id, status: after.status, version: after.version, offTrack: after.offTrack };
  });
}

/** The province secretariat accepts a submitted review, or returns it with a reason (review-workflow.ts). */
export async function decideReview(actor: Actor, raw: DecideReviewInput) {
  assertCan(actor, "review.decide");
  const input = parseInput(DecideReviewSchema, raw);
  if (!isUuid(input.reviewId)) throw notFound();
  const review = await db.communeReview.findUnique({ where: { id: input.reviewId }, select: { ...reviewSelect } });
  if (!review) throw notFound();
  const selection = await requireSelectionInScope(actor, review.selectionId);
  // A year-end review is accepted by the standing office's verdict proposal, never on its own.
  if (review.kind === "YEAR_END" && input.decision === "ACCEPT") throw validation(vi.reviews.yearEndAcceptedByProposal);
  const step = transition(review.status, input.decision, { reason: input.reason });
  if (!step.ok) throw validation(step.message, step.code === "REASON_REQUIRED" ? { reason: [step.message] } : undefined);
  return db.$transaction(async (tx) => {
    if (review.kind === "YEAR_END") {
      await lockSelection(tx, selection.id);
      const state = verdictState(await loadVerdicts(tx, [selection.id]));
      const check = canReturnYearEndReview(state.pending?.stage ?? null, !!state.effective);
      if (!check.ok) throw validation(check.message);
    }
    const { count } = await tx.communeReview.updateMany({
      where: { id: review.id, version: input.version },
      data: {
        status: step.next, returnReason: input.decision === "RETURN" ? input.reason : null,
        reviewedAt: new Date(), reviewedById: actor.userId, version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(vi.errors.conflict, { status: review.status, version: review.version });
    await writeAudit(tx, auditActor(actor), {
      action: input.decision === "ACCEPT" ? "review.accept" : "review.return", entity: "CommuneReview", entityId: review.id, unitId: selection.communeId,
      before: { status: review.status }, after: { status: step.next, reason: input.reason ?? null },
    });
    return { id: review.id, status: step.next };
  });
}
