import { defineContract } from "@/lib/contracts/define-contract";
import { ReviewMonthlySchema } from "./accept-monthly-report";
import { CorrectUntil, Reason, ReviewOutcome } from "./review-fields";

export const ReturnMonthlySchema = ReviewMonthlySchema.extend({ reason: Reason, correctUntil: CorrectUntil });

export const returnMonthlyReportContract = defineContract({
  summary: "Returns a submitted monthly report to the commune with a reason and a day to correct it by.",
  permission: "monthly.review",
  input: ReturnMonthlySchema,
  output: ReviewOutcome,
});
