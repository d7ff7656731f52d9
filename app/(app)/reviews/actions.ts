"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { decideReview, saveInterimReview } from "@/lib/server/reviews/interim-reviews";
import { DecideReviewSchema, SaveInterimReviewSchema } from "@/lib/server/reviews/schemas";

const refresh = () => revalidate("/reviews/*");

export const saveInterimReviewAction = defineAction("review.submit", SaveInterimReviewSchema, async (actor, input) => {
  const result = await saveInterimReview(actor, input);
  refresh();
  return result;
});

export const decideReviewAction = defineAction("review.decide", DecideReviewSchema, async (actor, input) => {
  const result = await decideReview(actor, input);
  refresh();
  return result;
});
