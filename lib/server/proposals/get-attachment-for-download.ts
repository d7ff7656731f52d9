import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { requireAttachmentInScope } from "./proposal-attachment-in-scope";

/** A proposal's file with its bytes, for a download through the actor's subtree. */
export async function getAttachmentForDownload(actor: Actor, attachmentId: string) {
  assertCan(actor, "programme.view");
  const attachmentInScope = await requireAttachmentInScope(actor, attachmentId);
  const row = await db.attachment.findUniqueOrThrow({ where: { id: attachmentInScope.id }, select: { data: true } });
  return { fileName: attachmentInScope.fileName, mimeType: attachmentInScope.mimeType, data: row.data };
}
