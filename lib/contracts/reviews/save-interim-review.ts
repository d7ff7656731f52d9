import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { ReviewStatusSchema } from "@/lib/contracts/outputs";

export const SaveInterimReviewSchema = z.object({
  selectionId: Id,
  results: viText(10_000),
  shortcomings: viText(10_000),
  nextMeasures: viText(10_000),
  /** Version loaded by the client (0 = no review yet). */
  version: Version,
  submit: z.boolean().default(false),
});
export type SaveInterimReviewInput = z.input<typeof SaveInterimReviewSchema>;

export const saveInterimReviewContract = defineContract({
  summary: "Saves (or submits) a selected commune's interim review (sơ kết); off-track is computed, not typed.",
  permission: "review.submit",
  input: SaveInterimReviewSchema,
  output: z.object({ id: z.string(), status: ReviewStatusSchema, version: z.number(), offTrack: z.boolean() }),
});
