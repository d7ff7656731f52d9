import "server-only";
import { db } from "@/lib/db";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { TASK_FILE_OWNER as OWNER, requireVisibleTask } from "./task-access";

export type GetTaskAttachmentForDownloadOptions = { actor: Actor; attachmentId: string };

/** SECURITY: a task's file is reachable only through a task the actor may see (else "not found"). Returns {fileName, data}. */
export async function getTaskAttachmentForDownload({ actor, attachmentId }: GetTaskAttachmentForDownloadOptions) {
  assertCan(actor, "plan.update-task");
  if (!isUuid(attachmentId)) throw notFound();
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, ownerType: OWNER },
    select: { ownerId: true, fileName: true, data: true },
  });
  if (!attachment) throw notFound();
  await requireVisibleTask(actor, attachment.ownerId);
  return { fileName: attachment.fileName, data: attachment.data };
}
