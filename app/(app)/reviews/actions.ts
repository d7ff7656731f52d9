"use server";

import { revalidate } from "@/lib/actions/revalidate";
import { defineAction } from "@/lib/actions/define-action";
import { saveInterimReviewContract } from "@/lib/contracts/reviews/save-interim-review";
import { decideReviewContract } from "@/lib/contracts/reviews/decide-review";
import { decideReview } from "@/lib/server/reviews/decide-review";
import { saveInterimReview } from "@/lib/server/reviews/save-interim-review";

const refresh = () => revalidate("/reviews/*");

export const saveInterimReviewAction = defineAction(saveInterimReviewContract, async (actor, input) => {
  const result = await saveInterimReview(actor, input);
  refresh();
  return result;
});

export const decideReviewAction = defineAction(decideReviewContract, async (actor, input) => {
  const result = await decideReview(actor, input);
  refresh();
  return result;
});
