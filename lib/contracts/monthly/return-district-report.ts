import { defineContract } from "@/lib/contracts/define-contract";
import { DistrictReviewOutcome, ReviewDistrictReportSchema } from "./accept-district-report";

export const returnDistrictReportContract = defineContract({
  summary: "The province returns a district's monthly report with a reason.",
  permission: "monthly.review",
  input: ReviewDistrictReportSchema,
  output: DistrictReviewOutcome,
});
