import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { requireAttachmentInScope } from "./proposal-attachment-in-scope";

const s = vi.programme.proposals;

/** Deletes a file of a proposal still a draft or submitted, audited. */
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
