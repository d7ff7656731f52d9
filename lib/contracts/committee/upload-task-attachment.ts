import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";

export const uploadTaskAttachmentContract = defineApiContract({
  method: "POST",
  path: "/api/committee/task-attachments",
  auth: "session",
  summary: "Uploads a plan task's evidence file (multipart: taskId, file).",
  permission: "plan.update-task",
  form: z.object({ taskId: Id }),
  output: z.object({ ok: z.literal(true), data: z.object({ id: z.string() }).loose() }),
  refusals: ["NOT_FOUND", "TOO_LARGE"],
});
