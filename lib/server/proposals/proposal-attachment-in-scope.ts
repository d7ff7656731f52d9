import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/** A proposal's file whose proposal is in the actor's subtree, with that proposal; anything else "not found". */
export async function requireAttachmentInScope(actor: Actor, attachmentId: string) {
  if (!isUuid(attachmentId)) throw notFound();
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, ownerType: "Proposal" },
    select: { id: true, ownerId: true, unitId: true, fileName: true, mimeType: true, size: true },
  });
  if (!attachment) throw notFound();
  // SECURITY: the file is reachable only through a proposal of the actor's subtree.
  const owner = await db.proposal.findFirst({
    where: { id: attachment.ownerId, commune: unitScope(actor) },
    select: { id: true, status: true, communeId: true },
  });
  if (!owner) throw notFound();
  return { ...attachment, owner };
}
