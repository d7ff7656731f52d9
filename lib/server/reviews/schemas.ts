import { z } from "zod";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { vi } from "@/lib/i18n/vi";


export const SaveInterimReviewSchema = z.object({
  selectionId: Id,
  results: viText(10_000),
  shortcomings: viText(10_000),
  nextMeasures: viText(10_000),
  /** Version loaded by the client (0 = no review yet). */
  version: Version,
  submit: z.boolean().default(false),
});

export const DecideReviewSchema = z
  .object({
    reviewId: Id,
    decision: z.enum(["ACCEPT", "RETURN"]),
    reason: viText(2_000).optional(),
    version: Version.min(1),
  })
  .refine((v) => v.decision !== "RETURN" || (v.reason ?? "").length > 0, { message: vi.reviews.reasonRequired, path: ["reason"] });

export type SaveInterimReviewInput = z.input<typeof SaveInterimReviewSchema>;
export type DecideReviewInput = z.input<typeof DecideReviewSchema>;
