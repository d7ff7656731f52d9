import { defineApiContract } from "@/lib/contracts/define-contract";
import { IdParams } from "@/lib/contracts/api/api-fields";

export const downloadTaskAttachmentContract = defineApiContract({
  method: "GET",
  path: "/api/committee/task-attachments/{id}",
  auth: "session",
  summary: "Downloads a plan task's evidence file, through the actor's task scope.",
  permission: "plan.update-task",
  params: IdParams,
  output: null,
  produces: "application/octet-stream",
  refusals: ["NOT_FOUND"],
});
