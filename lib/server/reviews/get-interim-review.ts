import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { computeScorecard, type Scorecard } from "@/lib/server/scorecard/compute-scorecard";
import { reviewPeriod } from "@/lib/server/scorecard/periods";
import { requireSelectionInScope } from "./selection-access";
import { isOffTrack } from "./is-off-track";
import { reviewSelect } from "./review-select";

/** The interim review page: selection, review (if any) and the scorecard (stored once submitted, live before). */
export async function getInterimReview(actor: Actor, selectionId: string) {
  assertCan(actor, "kpi.view");
  const selection = await requireSelectionInScope(actor, selectionId);
  const review = await db.communeReview.findUnique({
    where: { selectionId_kind: { selectionId, kind: "INTERIM" } },
    select: reviewSelect,
  });
  const frozen = review && (review.status === "SUBMITTED" || review.status === "ACCEPTED");
  const scorecard = frozen
    ? (review.scorecard as unknown as Scorecard)
    : await computeScorecard(db, selectionId, reviewPeriod(selection.programme, "INTERIM"));
  const threshold = Number(selection.programme.passThresholdPercent);
  return {
    selection,
    review,
    scorecard,
    threshold,
    offTrack: frozen ? review.offTrack : isOffTrack(scorecard, threshold),
  };
}
