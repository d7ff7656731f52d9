import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { TASK_FILE_OWNER as OWNER, requireVisibleTask } from "./task-access";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { auditActor } from "@/lib/server/users/manage-users";

/**
 * Issue #18 §1: attaches an evidence file to a plan task the actor may update (the task's agency, its district or
 * commune, the secretariat). The upload policy cleans the name and checks type and size. Returns {id, fileName, size}.
 */
export async function addTaskAttachment(actor: Actor, taskId: string, file: { name: string; bytes: Uint8Array }) {
  assertCan(actor, "plan.update-task");
  const task = await requireVisibleTask(actor, taskId);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.taskEvidence, file);
  return db.$transaction(async (tx) => {
    const a = await tx.attachment.create({
      data: { ownerType: OWNER, ownerId: task.id, unitId: task.unitId, fileName, mimeType, size: bytes.length, data: Buffer.from(bytes), createdById: actor.userId },
      select: { id: true, fileName: true, size: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "attachment.create", entity: "Attachment", entityId: a.id, unitId: task.unitId, after: { ownerType: OWNER, ownerId: task.id, fileName, size: a.size } });
    return a;
  });
}

/**
 * The files of tasks (ids the caller loaded through its scope), by task id: [{id, fileName, size, createdById,
 * uploaderAgencyId}] (the uploader and its agency decide who may delete a file: `taskFileDeletionRefusal`).
 */
export async function taskAttachments(taskIds: string[]) {
  const rows = await db.attachment.findMany({
    where: { ownerType: OWNER, ownerId: { in: taskIds } }, select: { id: true, ownerId: true, fileName: true, size: true, createdById: true }, orderBy: { createdAt: "asc" },
  });
  const uploaderIds = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const uploaders = new Map((await db.user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, agencyId: true } })).map((u) => [u.id, u.agencyId]));
  type TaskFile = { id: string; fileName: string; size: number; createdById: string | null; uploaderAgencyId: string | null };
  const byTask = new Map<string, TaskFile[]>();
  for (const { ownerId, ...r } of rows) {
    byTask.set(ownerId, [...(byTask.get(ownerId) ?? []), { ...r, uploaderAgencyId: r.createdById ? (uploaders.get(r.createdById) ?? null) : null }]);
  }
  return byTask;
}

/** SECURITY: a task's file is reachable only through a task the actor may see (else "not found"). Returns {fileName, data}. */
export async function getTaskAttachmentForDownload(actor: Actor, attachmentId: string) {
  assertCan(actor, "plan.update-task");
  if (!isUuid(attachmentId)) throw notFound();
  const a = await db.attachment.findFirst({ where: { id: attachmentId, ownerType: OWNER }, select: { ownerId: true, fileName: true, data: true } });
  if (!a) throw notFound();
  await requireVisibleTask(actor, a.ownerId);
  return { fileName: a.fileName, data: a.data };
}
