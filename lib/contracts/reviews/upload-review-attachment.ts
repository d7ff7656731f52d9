import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";

/** The owner of a year-end review's minutes; the file itself passes the upload policy (lib/uploads/policy.ts). */
export const UploadAttachmentSchema = z.object({ ownerId: Id });
/** An uploaded file as the use cases take it. */
export type UploadedFile = { file: { name: string; bytes: Uint8Array } };
export type UploadAttachmentInput = z.input<typeof UploadAttachmentSchema> & UploadedFile;

/** Which of the three files of a nomination (seed 003 mục III.4) and whose; the file passes the upload policy. */
export const UploadNominationFileSchema = z.object({
  nominationId: Id,
  kind: z.enum(["PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"]),
});
export type UploadNominationFileInput = z.input<typeof UploadNominationFileSchema> & UploadedFile;

export const uploadReviewAttachmentContract = defineApiContract({
  method: "POST",
  path: "/api/reviews/attachments",
  auth: "session",
  summary:
    "Uploads a year-end review's minutes (target=minutes) or a nomination file (target=nomination); at most 5 MB.",
  permission: null,
  permissionNote: "verdict.propose for minutes, award.nominate for a nomination file (checked by the use case)",
  form: z.object({
    target: z.enum(["minutes", "nomination"]).optional(),
    ownerId: Id.meta({ description: "the review's id (minutes) or the nomination's id" }),
    kind: UploadNominationFileSchema.shape.kind.optional(),
  }),
  output: z.object({ ok: z.literal(true), data: z.object({ id: z.string() }).loose() }),
  refusals: ["NOT_FOUND", "TOO_LARGE"],
});
