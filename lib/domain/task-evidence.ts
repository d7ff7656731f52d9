// Evidence files of a plan task (issue #18 §1: an agency "updates their status with evidence and attachments").
// Who may take a file back, and when: decided for the programme (no seed speaks of it), listed in lib/domain/README.md.

export type TaskFileDeletion = {
  taskStatus: "NOT_STARTED" | "IN_PROGRESS" | "DONE";
  /** The standing office of the task's province (it follows every agency's tasks, seed 002 mục V.3). */
  actorIsSecretariat: boolean;
  actorUserId: string;
  actorAgencyId: string | null;
  uploaderId: string | null;
  uploaderAgencyId: string | null;
};

/**
 * Whether a task's evidence file may be deleted: by the secretariat, by an account of the uploader's agency, or by
 * the uploader itself (a district or commune account that attached it), and only while the task is not done: a
 * done task's files are the evidence of its completion (set it back to "in progress" first). Returns null when
 * allowed, else the Vietnamese reason with its code (FORBIDDEN: not the actor's to delete; DONE: the task is done).
 */
export function taskFileDeletionRefusal(
  taskFileDeletion: TaskFileDeletion,
): { code: "FORBIDDEN" | "DONE"; message: string } | null {
  const owner =
    taskFileDeletion.actorIsSecretariat ||
    (taskFileDeletion.uploaderId !== null && taskFileDeletion.uploaderId === taskFileDeletion.actorUserId) ||
    (taskFileDeletion.actorAgencyId !== null && taskFileDeletion.actorAgencyId === taskFileDeletion.uploaderAgencyId);
  if (!owner)
    return { code: "FORBIDDEN", message: "Chỉ cơ quan đã tải tệp lên hoặc Cơ quan Thường trực được xóa tệp này." };
  if (taskFileDeletion.taskStatus === "DONE") {
    return {
      code: "DONE",
      message: 'Nhiệm vụ đã hoàn thành: chuyển về "Đang thực hiện" trước khi xóa tệp minh chứng.',
    };
  }
  return null;
}
