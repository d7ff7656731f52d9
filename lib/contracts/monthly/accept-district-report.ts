import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { ExistingVersion, Id, viText } from "@/lib/contracts/primitives";
import { ReviewStatusSchema } from "@/lib/contracts/outputs";

export const ReviewDistrictReportSchema = z.object({
  reportId: Id,
  version: ExistingVersion,
  reason: viText(1000).optional(),
});

/** A district report's decision: its status and how many of its communes' months are accepted. */
export const DistrictReviewOutcome = z.object({
  id: z.string(),
  status: ReviewStatusSchema,
  acceptedCommunes: z.number(),
});

export const acceptDistrictReportContract = defineContract({
  summary: "The province accepts a district's monthly report.",
  permission: "monthly.review",
  input: ReviewDistrictReportSchema,
  output: DistrictReviewOutcome,
});
