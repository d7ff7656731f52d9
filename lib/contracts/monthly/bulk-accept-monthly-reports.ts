import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { ReviewStatusSchema } from "@/lib/contracts/outputs";

export const BulkAcceptSchema = z.object({ reportIds: z.array(Id).min(1).max(2000) });

export const bulkAcceptMonthlyReportsContract = defineContract({
  summary: "Accepts every submitted report among those selected; the others are listed with why they were skipped.",
  permission: "monthly.review",
  input: BulkAcceptSchema,
  output: z.object({
    accepted: z.number(),
    selected: z.number(),
    ids: z.array(z.string()),
    skipped: z.array(
      z.object({
        reportId: z.string(),
        communeName: z.string(),
        status: ReviewStatusSchema,
        reviewedBy: z.string().nullable(),
      }),
    ),
    message: z.string(),
  }),
});
