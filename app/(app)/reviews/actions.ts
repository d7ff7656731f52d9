"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { saveInterimReviewContract } from "@/lib/contracts/reviews/save-interim-review";
import { decideReviewContract } from "@/lib/contracts/reviews/decide-review";
import { decideReview, saveInterimReview } from "@/lib/server/reviews/interim-reviews";

const refresh = () => revalidate("/reviews/*");

export const saveInterimReviewAction = defineAction(saveInterimReviewContract, async (actor, input) => {
  const r = await saveInterimReview(actor, input);
  refresh();
  return r;
});

export const decideReviewAction = defineAction(decideReviewContract, async (actor, input) => {
  const r = await decideReview(actor, input);
  refresh();
  return r;
});
