import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { auditActor } from "@/lib/server/programme/programme-access";
import { requireProposalInScope } from "./manage-proposals";

const text = vi.programme.proposals;

/**
 * Attaches a file (survey report) to a proposal of the actor's area. Takes the client's name and the bytes;
 * the upload policy (lib/uploads/policy.ts) cleans the name and checks type (extension and leading bytes) and size.
 */
export async function addProposalAttachment(actor: Actor, proposalId: string, file: { name: string; bytes: Uint8Array }) {
  assertCan(actor, "proposal.create");
  const proposalInScope = await requireProposalInScope(actor, proposalId);
  if (proposalInScope.status !== "DRAFT" && proposalInScope.status !== "SUBMITTED") throw validation(text.cannotWithdraw);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.proposalAttachment, file);
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.create({
      data: { ownerType: "Proposal", ownerId: proposalInScope.id, unitId: proposalInScope.communeId, fileName, mimeType, size: bytes.length, data: Buffer.from(bytes), createdById: actor.userId },
      select: { id: true, fileName: true, size: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "attachment.create", entity: "Attachment", entityId: attachment.id, unitId: proposalInScope.communeId, after: { ownerType: "Proposal", ownerId: proposalInScope.id, fileName, size: attachment.size } });
    return attachment;
  });
}

async function requireAttachmentInScope(actor: Actor, attachmentId: string) {
  if (!isUuid(attachmentId)) throw notFound();
  const attachment = await db.attachment.findFirst({ where: { id: attachmentId, ownerType: "Proposal" }, select: { id: true, ownerId: true, unitId: true, fileName: true, mimeType: true, size: true } });
  if (!attachment) throw notFound();
  // SECURITY: the file is reachable only through a proposal of the actor's subtree.
  const owner = await db.proposal.findFirst({ where: { id: attachment.ownerId, commune: unitScope(actor) }, select: { id: true, status: true, communeId: true } });
  if (!owner) throw notFound();
  return { ...attachment, owner };
}

export async function getAttachmentForDownload(actor: Actor, attachmentId: string) {
  assertCan(actor, "programme.view");
  const attachmentInScope = await requireAttachmentInScope(actor, attachmentId);
  const row = await db.attachment.findUniqueOrThrow({ where: { id: attachmentInScope.id }, select: { data: true } });
  return { fileName: attachmentInScope.fileName, mimeType: attachmentInScope.mimeType, data: row.data };
}

export async function deleteProposalAttachment(actor: Actor, attachmentId: string) {
  assertCan(actor, "proposal.create");
  const attachmentInScope = await requireAttachmentInScope(actor, attachmentId);
  if (attachmentInScope.owner.status !== "DRAFT" && attachmentInScope.owner.status !== "SUBMITTED") throw validation(text.cannotWithdraw);
  await db.$transaction(async (tx) => {
    await tx.attachment.delete({ where: { id: attachmentInScope.id } });
    await writeAudit(tx, auditActor(actor), { action: "attachment.delete", entity: "Attachment", entityId: attachmentInScope.id, unitId: attachmentInScope.unitId, before: { fileName: attachmentInScope.fileName, size: attachmentInScope.size, ownerId: attachmentInScope.ownerId } });
  });
  return { id: attachmentInScope.id };
}
