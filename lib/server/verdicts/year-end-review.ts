import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { isEditable } from "@/lib/domain/review-workflow";
import { auditActor, requireSelectionInScope, parseInput } from "@/lib/server/reviews/selection-access";
import { SaveYearEndReviewSchema, UploadAttachmentSchema, type SaveYearEndReviewInput, type UploadAttachmentInput } from "./schemas";

/**
 * The district's year-end review of a commune (seed 002: the district holds the year-end review of each
 * commune): meeting date, narrative, and the yes/no answer "a new complexity in social order emerged",
 * which feeds the pass rule. Editable until the district proposes its verdict.
 */
export async function saveYearEndReview(actor: Actor, raw: SaveYearEndReviewInput) {
  assertCan(actor, "verdict.propose");
  const input = parseInput(SaveYearEndReviewSchema, raw);
  const selection = await requireSelectionInScope(actor, input.selectionId);
  const meetingDate = parseDay(input.meetingDate);
  if (!meetingDate) throw validation(vi.errors.validation, { meetingDate: ["Ngày không hợp lệ."] });
  return db.$transaction(async (tx) => {
    const existing = await tx.communeReview.findUnique({ where: { selectionId_kind: { selectionId: selection.id, kind: "YEAR_END" } } });
    if (existing && !isEditable(existing.status)) throw validation(vi.reviews.notEditable);
    const data = { meetingDate, newComplexity: input.newComplexity, results: input.results, shortcomings: input.shortcomings, nextMeasures: input.nextMeasures };
    let id: string;
    if (!existing) {
      if (input.version !== 0) throw conflict();
      try {
        id = (await tx.communeReview.create({ data: { ...data, selectionId: selection.id, kind: "YEAR_END" }, select: { id: true } })).id;
      } catch (error) {
        if ((error as { code?: string }).code === "P2002") throw conflict();
        throw error;
      }
    } else {
      const { count } = await tx.communeReview.updateMany({ where: { id: existing.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw conflict(vi.errors.conflict, { version: existing.version, status: existing.status });
      id = existing.id;
    }
    await writeAudit(tx, auditActor(actor), {
      action: "review.year-end.save", entity: "CommuneReview", entityId: id, unitId: selection.communeId,
      before: existing ? { meetingDate: existing.meetingDate, newComplexity: existing.newComplexity } : undefined,
      after: data,
    });
    return { id };
  });
}

/**
 * Attaches a file (the year-end meeting minutes) to a year-end review of the actor's subtree. Takes the client's
 * name and bytes; the upload policy (lib/uploads/policy.ts) cleans the name and checks type and size.
 */
export async function uploadReviewMinutes(actor: Actor, raw: UploadAttachmentInput) {
  assertCan(actor, "verdict.propose");
  const input = parseInput(UploadAttachmentSchema, raw);
  if (!isUuid(input.ownerId)) throw notFound();
  const review = await db.communeReview.findUnique({ where: { id: input.ownerId }, select: { id: true, selectionId: true, kind: true, status: true } });
  if (!review || review.kind !== "YEAR_END") throw notFound();
  const selection = await requireSelectionInScope(actor, review.selectionId);
  if (!isEditable(review.status)) throw validation(vi.reviews.notEditable);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.reviewMinutes, raw.file);
  const data = Buffer.from(bytes);
  return db.$transaction(async (tx) => {
    const row = await tx.attachment.create({
      data: { ownerType: "CommuneReview", ownerId: review.id, unitId: selection.communeId, fileName, mimeType, size: data.length, data, createdById: actor.userId },
      select: { id: true, fileName: true, size: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "review.minutes.upload", entity: "Attachment", entityId: row.id, unitId: selection.communeId, after: { ownerId: review.id, fileName: row.fileName, size: row.size } });
    return row;
  });
}

export async function listAttachments(ownerType: string, ownerIds: string[]) {
  if (ownerIds.length === 0) return [];
  return db.attachment.findMany({ where: { ownerType, ownerId: { in: ownerIds } }, select: { id: true, ownerId: true, fileName: true, size: true, createdAt: true }, orderBy: { createdAt: "asc" } });
}

/** A minutes file or a nomination file whose unit is in the actor's subtree; anything else is "not found". */
export async function getReviewAttachment(actor: Actor, id: string) {
  if (!isUuid(id)) throw notFound();
  const file = await db.attachment.findUnique({ where: { id }, select: { ownerType: true, unitId: true, fileName: true, mimeType: true, data: true } });
  if (!file || !["CommuneReview", "Nomination"].includes(file.ownerType)) throw notFound();
  const unit = await db.unit.findFirst({ where: { id: file.unitId, lineage: { has: actor.unitId } }, select: { id: true } });
  if (!unit) throw notFound();
  return { ...file, fileName: file.fileName.replace(/^(PROPOSAL_LETTER|COUNCIL_MINUTES|ACHIEVEMENT_REPORT)__/, "") };
}
