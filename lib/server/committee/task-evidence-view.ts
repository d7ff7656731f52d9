import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { taskFileDeletionRefusal } from "@/lib/domain/task-evidence";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { taskAttachments } from "./task-files";

/** One evidence file as a task list draws it: the name, and whether this actor's delete button works. */
export type EvidenceFileView = { id: string; fileName: string; deletable: boolean };

export type TaskEvidenceViewOptions = { actor: Actor; tasks: ReadonlyArray<{ id: string; status: TaskStatus }> };

/**
 * The evidence files of tasks the caller loaded through the actor's scope (the agency's task list, the province
 * plan), by task id, each marked deletable by the rule the server applies on delete (`taskFileDeletionRefusal`,
 * lib/domain/task-evidence.ts: the secretariat, the uploader's agency or the uploader, while the task is not done),
 * so a button is shown only where it works. Issue #18 §1.
 */
export async function taskEvidenceView({ actor, tasks }: TaskEvidenceViewOptions) {
  const files = await taskAttachments(tasks.map((task) => task.id));
  const byTask = new Map<string, EvidenceFileView[]>();
  for (const task of tasks) {
    byTask.set(
      task.id,
      (files.get(task.id) ?? []).map((file) => ({
        id: file.id,
        fileName: file.fileName,
        deletable: !taskFileDeletionRefusal({
          taskStatus: task.status,
          actorIsSecretariat: can(actor.role, "agency.manage"),
          actorUserId: actor.userId,
          actorAgencyId: actor.agencyId,
          uploaderId: file.createdById,
          uploaderAgencyId: file.uploaderAgencyId,
        }),
      })),
    );
  }
  return byTask;
}
