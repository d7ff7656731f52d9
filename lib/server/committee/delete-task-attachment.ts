import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { AppError, conflict, notFound } from "@/lib/errors";
import { taskFileDeletionRefusal } from "@/lib/domain/task-evidence";
import type { DeleteTaskAttachmentInput } from "@/lib/contracts/committee/delete-task-attachment";
import { TASK_FILE_OWNER, requireVisibleTask } from "./task-access";

export type DeleteTaskAttachmentOptions = { actor: Actor; input: DeleteTaskAttachmentInput };

/**
 * Issue #18 §1: deletes an evidence file of a plan task the actor may see (else "not found"): by the uploader's
 * agency, the uploader itself or the secretariat, and only while the task is not done (`taskFileDeletionRefusal`).
 * The file's name, size and uploader stay in the audit entry. Returns {id}.
 */
export async function deleteTaskAttachment({ actor, input }: DeleteTaskAttachmentOptions) {
  assertCan(actor, "plan.update-task");
  const file = await db.attachment.findFirst({
    where: { id: input.attachmentId, ownerType: TASK_FILE_OWNER },
    select: { id: true, ownerId: true, fileName: true, size: true, createdById: true },
  });
  if (!file) throw notFound();
  const task = await requireVisibleTask(actor, file.ownerId);
  const uploader = file.createdById
    ? await db.user.findUnique({ where: { id: file.createdById }, select: { agencyId: true } })
    : null;
  const refusal = taskFileDeletionRefusal({
    taskStatus: task.status,
    actorIsSecretariat: can(actor.role, "agency.manage"),
    actorUserId: actor.userId,
    actorAgencyId: actor.agencyId,
    uploaderId: file.createdById,
    uploaderAgencyId: uploader?.agencyId ?? null,
  });
  if (refusal) throw new AppError(refusal.code === "FORBIDDEN" ? "FORBIDDEN" : "VALIDATION", refusal.message);
  return db.$transaction(async (tx) => {
    const deleted = await tx.attachment.deleteMany({ where: { id: file.id } });
    if (deleted.count === 0) throw conflict();
    await writeAudit(tx, auditActor(actor), {
      action: "attachment.delete",
      entity: "Attachment",
      entityId: file.id,
      unitId: task.unitId,
      before: {
        ownerType: TASK_FILE_OWNER,
        ownerId: task.id,
        fileName: file.fileName,
        size: file.size,
        createdById: file.createdById,
      },
      after: null,
    });
    return { id: file.id };
  });
}
