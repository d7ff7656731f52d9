import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { computeScorecard } from "@/lib/server/scorecard/compute-scorecard";
import { reviewPeriod } from "@/lib/server/scorecard/periods";
import { selectionSelect } from "./selection-access";
import { isOffTrack } from "./is-off-track";
import { reviewSelect } from "./review-select";

/** Interim reviews of the year for the actor's subtree, each with its live scorecard and off-track flag. */
export async function listInterimReviews(actor: Actor, year: number) {
  assertCan(actor, "kpi.view");
  const selections = await db.selection.findMany({
    where: { status: "SELECTED", programme: { year }, commune: unitScope(actor) },
    select: selectionSelect,
    orderBy: { commune: { code: "asc" } },
  });
  const reviews = await db.communeReview.findMany({
    where: { kind: "INTERIM", selectionId: { in: selections.map((s) => s.id) } },
    select: reviewSelect,
  });
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
        offTrack:
          review && review.status !== "DRAFT" && review.status !== "RETURNED"
            ? review.offTrack
            : isOffTrack(card, threshold),
      };
    }),
  );
}
