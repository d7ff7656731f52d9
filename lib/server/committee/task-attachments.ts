import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, planTaskScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { UPLOAD_POLICIES, checkUpload } from "@/lib/uploads/policy";
import { auditActor } from "@/lib/server/users/manage-users";

const OWNER = "PlanTask";

/** A task the actor may see (`planTaskScope`: an agency account its own agency's only), with the unit its files belong to. */
async function requireTask(actor: Actor, taskId: string) {
  if (!isUuid(taskId)) throw notFound();
  const task = await db.planTask.findFirst({
    where: { AND: [{ id: taskId }, planTaskScope(actor)] },
    select: { id: true, plan: { select: { selection: { select: { communeId: true } } } }, provincePlan: { select: { provinceId: true } } },
  });
  if (!task) throw notFound();
  return { id: task.id, unitId: task.plan?.selection.communeId ?? task.provincePlan!.provinceId };
}

/**
 * Issue #18 §1: attaches an evidence file to a plan task the actor may update (the task's agency, its district or
 * commune, the secretariat). The upload policy cleans the name and checks type and size. Returns {id, fileName, size}.
 */
export async function addTaskAttachment(actor: Actor, taskId: string, file: { name: string; bytes: Uint8Array }) {
  assertCan(actor, "plan.update-task");
  const task = await requireTask(actor, taskId);
  const { fileName, mimeType, bytes } = checkUpload(UPLOAD_POLICIES.taskEvidence, file);
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.create({
      data: { ownerType: OWNER, ownerId: task.id, unitId: task.unitId, fileName, mimeType, size: bytes.length, data: Buffer.from(bytes), createdById: actor.userId },
      select: { id: true, fileName: true, size: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "attachment.create", entity: "Attachment", entityId: attachment.id, unitId: task.unitId, after: { ownerType: OWNER, ownerId: task.id, fileName, size: attachment.size } });
    return attachment;
  });
}

/** The files of tasks (ids the caller loaded through its scope), by task id: [{id, fileName, size}]. */
export async function taskAttachments(taskIds: string[]) {
  const rows = await db.attachment.findMany({ where: { ownerType: OWNER, ownerId: { in: taskIds } }, select: { id: true, ownerId: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } });
  const byTask = new Map<string, { id: string; fileName: string; size: number }[]>();
  for (const row of rows) byTask.set(row.ownerId, [...(byTask.get(row.ownerId) ?? []), { id: row.id, fileName: row.fileName, size: row.size }]);
  return byTask;
}

/** SECURITY: a task's file is reachable only through a task the actor may see (else "not found"). Returns {fileName, data}. */
export async function getTaskAttachmentForDownload(actor: Actor, attachmentId: string) {
  assertCan(actor, "plan.update-task");
  if (!isUuid(attachmentId)) throw notFound();
  const attachment = await db.attachment.findFirst({ where: { id: attachmentId, ownerType: OWNER }, select: { ownerId: true, fileName: true, data: true } });
  if (!attachment) throw notFound();
  await requireTask(actor, attachment.ownerId);
  return { fileName: attachment.fileName, data: attachment.data };
}
