import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

/** Issue #18 §1: an evidence file of a plan task to delete (the form confirms first). Client-safe. */
export const DeleteTaskAttachmentSchema = z.object({ attachmentId: Id });
export type DeleteTaskAttachmentInput = z.infer<typeof DeleteTaskAttachmentSchema>;

export const deleteTaskAttachmentContract = defineContract({
  summary: "Deletes an evidence file of a plan task that is not done (the uploader's agency or the secretariat).",
  permission: "plan.update-task",
  input: DeleteTaskAttachmentSchema,
  output: Ref,
});
