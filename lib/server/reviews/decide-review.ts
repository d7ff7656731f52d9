import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { transition } from "@/lib/domain/review-workflow";
import { requireSelectionInScope, parseInput } from "./selection-access";
import { canReturnYearEndReview } from "@/lib/domain/verdict-steps";
import { loadVerdicts, lockSelection, verdictState } from "@/lib/server/verdicts/verdict-state";
import { DecideReviewSchema, type DecideReviewInput } from "@/lib/contracts/reviews/decide-review";
import { reviewSelect } from "./review-select";

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
  if (!step.ok)
    throw validation(step.message, step.code === "REASON_REQUIRED" ? { reason: [step.message] } : undefined);
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
        status: step.next,
        returnReason: input.decision === "RETURN" ? input.reason : null,
        reviewedAt: new Date(),
        reviewedById: actor.userId,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(vi.errors.conflict, { status: review.status, version: review.version });
    await writeAudit(tx, auditActor(actor), {
      action: input.decision === "ACCEPT" ? "review.accept" : "review.return",
      entity: "CommuneReview",
      entityId: review.id,
      unitId: selection.communeId,
      before: { status: review.status },
      after: { status: step.next, reason: input.reason ?? null },
    });
    return { id: review.id, status: step.next };
  });
}
