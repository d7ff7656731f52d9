import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { isEditable } from "@/lib/domain/review-workflow";
import { requireSelectionInScope, parseInput } from "@/lib/server/reviews/selection-access";
import { UploadAttachmentSchema, type UploadAttachmentInput } from "@/lib/contracts/reviews/upload-review-attachment";

/**
 * Attaches a file (the year-end meeting minutes) to a year-end review of the actor's subtree. Takes the client's
 * name and bytes; the upload policy (lib/uploads/policy.ts) cleans the name and checks type and size.
 */
export async function uploadReviewMinutes(actor: Actor, raw: UploadAttachmentInput) {
  assertCan(actor, "verdict.propose");
  const input = parseInput(UploadAttachmentSchema, raw);
  if (!isUuid(input.ownerId)) throw notFound();
  const review = await db.communeReview.findUnique({
    where: { id: input.ownerId },
    select: { id: true, selectionId: true, kind: true, status: true },
  });
  if (!review || review.kind !== "YEAR_END") throw notFound();
  const selection = await requireSelectionInScope(actor, review.selectionId);
  if (!isEditable(review.status)) throw validation(vi.reviews.notEditable);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.reviewMinutes, raw.file);
  const data = Buffer.from(bytes);
  return db.$transaction(async (tx) => {
    const row = await tx.attachment.create({
      data: {
        ownerType: "CommuneReview",
        ownerId: review.id,
        unitId: selection.communeId,
        fileName,
        mimeType,
        size: data.length,
        data,
        createdById: actor.userId,
      },
      select: { id: true, fileName: true, size: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "review.minutes.upload",
      entity: "Attachment",
      entityId: row.id,
      unitId: selection.communeId,
      after: { ownerId: review.id, fileName: row.fileName, size: row.size },
    });
    return row;
  });
}
