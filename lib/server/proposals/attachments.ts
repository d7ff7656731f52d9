import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { requireProposalInScope } from "./proposal-in-scope";

const s = vi.programme.proposals;

/**
 * Attaches a file (survey report) to a proposal of the actor's area. Takes the client's name and the bytes;
 * the upload policy (lib/uploads/policy.ts) cleans the name and checks type (extension and leading bytes) and size.
 */
export async function addProposalAttachment(actor: Actor, proposalId: string, file: { name: string; bytes: Uint8Array }) {
  assertCan(actor, "proposal.create");
  const p = await requireProposalInScope(actor, proposalId);
  if (p.status !== "DRAFT" && p.status !== "SUBMITTED") throw validation(s.cannotWithdraw);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.proposalAttachment, file);
  return db.$transaction(async (tx) => {
    const a = await tx.attachment.create({
      data: { ownerType: "Proposal", ownerId: p.id, unitId: p.communeId, fileName, mimeType, size: bytes.length, data: Buffer.from(bytes), createdById: actor.userId },
      select: { id: true, fileName: true, size: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "attachment.create", entity: "Attachment", entityId: a.id, unitId: p.communeId, after: { ownerType: "Proposal", ownerId: p.id, fileName, size: a.size } });
    return a;
  });
}

async function requireAttachmentInScope(actor: Actor, attachmentId: string) {
  if (!isUuid(attachmentId)) throw notFound();
  const a = await db.attachment.findFirst({ where: { id: attachmentId, ownerType: "Proposal" }, select: { id: true, ownerId: true, unitId: true, fileName: true, mimeType: true, size: true } });
  if (!a) throw notFound();
  // SECURITY: the file is reachable only through a proposal of the actor's subtree.
  const owner = await db.proposal.findFirst({ where: { id: a.ownerId, commune: unitScope(actor) }, select: { id: true, status: true, communeId: true } });
  if (!owner) throw notFound();
  return { ...a, owner };
}

export async function getAttachmentForDownload(actor: Actor, attachmentId: string) {
  assertCan(actor, "programme.view");
  const a = await requireAttachmentInScope(actor, attachmentId);
  const row = await db.attachment.findUniqueOrThrow({ where: { id: a.id }, select: { data: true } });
  return { fileName: a.fileName, mimeType: a.mimeType, data: row.data };
}

export async function deleteProposalAttachment(actor: Actor, attachmentId: string) {
  assertCan(actor, "proposal.create");
  const a = await requireAttachmentInScope(actor, attachmentId);
  if (a.owner.status !== "DRAFT" && a.owner.status !== "SUBMITTED") throw validation(s.cannotWithdraw);
  await db.$transaction(async (tx) => {
    await tx.attachment.delete({ where: { id: a.id } });
    await writeAudit(tx, auditActor(actor), { action: "attachment.delete", entity: "Attachment", entityId: a.id, unitId: a.unitId, before: { fileName: a.fileName, size: a.size, ownerId: a.ownerId } });
  });
  return { id: a.id };
}
