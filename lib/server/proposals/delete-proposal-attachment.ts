import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { requireAttachmentInScope } from "./proposal-attachment-in-scope";

const text = vi.programme.proposals;

/** Deletes a file of a proposal still a draft or submitted, audited. */
export async function deleteProposalAttachment(actor: Actor, attachmentId: string) {
  assertCan(actor, "proposal.create");
  const attachmentInScope = await requireAttachmentInScope(actor, attachmentId);
  if (attachmentInScope.owner.status !== "DRAFT" && attachmentInScope.owner.status !== "SUBMITTED")
    throw validation(text.cannotWithdraw);
  await db.$transaction(async (tx) => {
    await tx.attachment.delete({ where: { id: attachmentInScope.id } });
    await writeAudit(tx, auditActor(actor), {
      action: "attachment.delete",
      entity: "Attachment",
      entityId: attachmentInScope.id,
      unitId: attachmentInScope.unitId,
      before: {
        fileName: attachmentInScope.fileName,
        size: attachmentInScope.size,
        ownerId: attachmentInScope.ownerId,
      },
    });
  });
  return { id: attachmentInScope.id };
}
