import { z } from "zod";
import { Id } from "@/lib/contracts/primitives";

/** Issue #18 §1: an evidence file of a plan task to delete (the form confirms first). Client-safe. */
export const DeleteTaskAttachmentSchema = z.object({ attachmentId: Id });
export type DeleteTaskAttachmentInput = z.infer<typeof DeleteTaskAttachmentSchema>;
