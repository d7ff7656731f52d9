"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { decideReview } from "@/lib/server/reviews/decide-review";
import { saveInterimReview } from "@/lib/server/reviews/save-interim-review";
import { DecideReviewSchema, SaveInterimReviewSchema } from "@/lib/server/reviews/schemas";

const refresh = () => revalidate("/reviews/*");

export const saveInterimReviewAction = defineAction("review.submit", SaveInterimReviewSchema, async (actor, input) => {
  const r = await saveInterimReview(actor, input);
  refresh();
  return r;
});

export const decideReviewAction = defineAction("review.decide", DecideReviewSchema, async (actor, input) => {
  const r = await decideReview(actor, input);
  refresh();
  return r;
});
