import { defineApiContract } from "@/lib/contracts/define-contract";
import { IdParams } from "@/lib/contracts/api/api-fields";

export const downloadProposalAttachmentContract = defineApiContract({
  method: "GET",
  path: "/api/programme/attachments/{id}",
  auth: "session",
  summary: "Downloads a proposal's attachment, through the actor's scope.",
  permission: "programme.view",
  params: IdParams,
  output: null,
  produces: "application/octet-stream",
  refusals: ["NOT_FOUND"],
});
