import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { ExistingVersion, Id, viText } from "@/lib/contracts/primitives";
import { ReviewStatusSchema } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";

export const DecideReviewSchema = z
  .object({
    reviewId: Id,
    decision: z.enum(["ACCEPT", "RETURN"]),
    reason: viText(2_000).optional(),
    version: ExistingVersion,
  })
  .refine((v) => v.decision !== "RETURN" || (v.reason ?? "").length > 0, {
    message: vi.reviews.reasonRequired,
    path: ["reason"],
  });
export type DecideReviewInput = z.input<typeof DecideReviewSchema>;

export const decideReviewContract = defineContract({
  summary: "Accepts a submitted interim review, or returns it with a reason.",
  permission: "review.decide",
  input: DecideReviewSchema,
  output: z.object({ id: z.string(), status: ReviewStatusSchema }),
});
