import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { TASK_FILE_OWNER as OWNER, requireVisibleTask } from "./task-access";

export type AddTaskAttachmentOptions = { actor: Actor; taskId: string; file: { name: string; bytes: Uint8Array } };

/**
 * Issue #18 §1: attaches an evidence file to a plan task the actor may update (the task's agency, its district or
 * commune, the secretariat). The upload policy cleans the name and checks type and size. Returns {id, fileName, size}.
 */
export async function addTaskAttachment({ actor, taskId, file }: AddTaskAttachmentOptions) {
  assertCan(actor, "plan.update-task");
  const task = await requireVisibleTask(actor, taskId);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.taskEvidence, file);
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.create({
      data: {
        ownerType: OWNER,
        ownerId: task.id,
        unitId: task.unitId,
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
      unitId: task.unitId,
      after: { ownerType: OWNER, ownerId: task.id, fileName, size: attachment.size },
    });
    return attachment;
  });
}
