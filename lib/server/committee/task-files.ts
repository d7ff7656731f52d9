import "server-only";
import { db } from "@/lib/db";
import { TASK_FILE_OWNER as OWNER } from "./task-access";

/**
 * The files of tasks (ids the caller loaded through its scope), by task id: [{id, fileName, size, createdById,
 * uploaderAgencyId}] (the uploader and its agency decide who may delete a file: `taskFileDeletionRefusal`).
 */
export async function taskAttachments(taskIds: string[]) {
  const rows = await db.attachment.findMany({
    where: { ownerType: OWNER, ownerId: { in: taskIds } },
    select: { id: true, ownerId: true, fileName: true, size: true, createdById: true },
    orderBy: { createdAt: "asc" },
  });
  const uploaderIds = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const uploaders = new Map(
    (await db.user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, agencyId: true } })).map((u) => [
      u.id,
      u.agencyId,
    ]),
  );
  type TaskFile = {
    id: string;
    fileName: string;
    size: number;
    createdById: string | null;
    uploaderAgencyId: string | null;
  };
  const byTask = new Map<string, TaskFile[]>();
  for (const { ownerId, ...r } of rows) {
    byTask.set(ownerId, [
      ...(byTask.get(ownerId) ?? []),
      { ...r, uploaderAgencyId: r.createdById ? (uploaders.get(r.createdById) ?? null) : null },
    ]);
  }
  return byTask;
}
