import { defineApiContract } from "@/lib/contracts/define-contract";
import { IdParams } from "@/lib/contracts/api/api-fields";

export const downloadReviewAttachmentContract = defineApiContract({
  method: "GET",
  path: "/api/reviews/attachments/{id}",
  auth: "session",
  summary: "Downloads a year-end review's minutes or a nomination file, through the actor's scope.",
  permission: "kpi.view",
  params: IdParams,
  output: null,
  produces: "application/octet-stream",
  refusals: ["NOT_FOUND"],
});
