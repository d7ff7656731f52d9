import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { requireProposalInScope } from "./proposal-in-scope";

const text = vi.programme.proposals;

/**
 * Attaches a file (survey report) to a proposal of the actor's area. Takes the client's name and the bytes;
 * the upload policy (lib/uploads/policy.ts) cleans the name and checks type (extension and leading bytes) and size.
 */
export async function addProposalAttachment(
  actor: Actor,
  proposalId: string,
  file: { name: string; bytes: Uint8Array },
) {
  assertCan(actor, "proposal.create");
  const proposalInScope = await requireProposalInScope(actor, proposalId);
  if (proposalInScope.status !== "DRAFT" && proposalInScope.status !== "SUBMITTED")
    throw validation(text.cannotWithdraw);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.proposalAttachment, file);
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.create({
      data: {
        ownerType: "Proposal",
        ownerId: proposalInScope.id,
        unitId: proposalInScope.communeId,
        fileName,
        mimeType,
        size: bytes.length,
        data: Buffer.from(bytes),
        createdById: actor.userId,
      },
      select: { id: true, fileName: true, size: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "attachment.create",
      entity: "Attachment",
      entityId: attachment.id,
      unitId: proposalInScope.communeId,
      after: { ownerType: "Proposal", ownerId: proposalInScope.id, fileName, size: attachment.size },
    });
    return attachment;
  });
}
