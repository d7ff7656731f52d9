import "server-only";
import { db } from "@/lib/db";
import { notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";

/**
 * Issue #18 §2: the assignee of each plan task. A task with `agencyId` is given to that member agency, which must be
 * an active agency of the plan's province (another province's or an unknown one: "not found"); its assignee text
 * becomes the agency's name. Without an agency, the free-text `assignee` is required ("Bắt buộc nhập" on `assignee`).
 * Returns the tasks with `assignee` (text) and `agencyId` (or null).
 */
export async function resolveTaskAssignees<T extends { assignee?: string; agencyId?: string }>(
  provinceId: string,
  tasks: T[],
) {
  const ids = [...new Set(tasks.flatMap((t) => (t.agencyId ? [t.agencyId] : [])))];
  const agencies = ids.length
    ? await db.agency.findMany({
        where: { id: { in: ids }, provinceId, isActive: true },
        select: { id: true, name: true },
      })
    : [];
  return tasks.map((task) => {
    if (task.agencyId) {
      const agency = agencies.find((a) => a.id === task.agencyId);
      if (!agency) throw notFound();
      return { ...task, assignee: agency.name, agencyId: agency.id };
    }
    if (!task.assignee) throw validation(vi.committee.assigneeRequired, { assignee: [vi.committee.assigneeRequired] });
    return { ...task, assignee: task.assignee, agencyId: null };
  });
}
