import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

export const AttachmentIdSchema = z.object({ attachmentId: Id });

export const deleteAttachmentContract = defineContract({
  summary: "Deletes an attachment of a proposal still being written.",
  permission: "proposal.create",
  input: AttachmentIdSchema,
  output: Ref,
});
