import "server-only";
import { db } from "@/lib/db";
import { planTaskScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { startOfVnDay, toDbDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import { isPlanTaskOverdue } from "@/lib/server/plans/task-overdue";

/**
 * Issue #18 §2: the agencies' tasks of the actor's subtree not done by their due day (`now`, Vietnam), for the
 * secretariat's home page: {agencyName, count} per agency with at least one, by agency name.
 */
export async function overdueAgencyTasks(actor: Actor, now = appNow()) {
  const today = startOfVnDay(now);
  const open = await db.planTask.findMany({
    where: {
      AND: [planTaskScope(actor), { agencyId: { not: null }, status: { not: "DONE" }, dueDate: { lt: toDbDay(now) } }],
    },
    select: { dueDate: true, status: true, agency: { select: { name: true } } },
  });
  const counts = new Map<string, number>();
  for (const t of open.filter((x) => isPlanTaskOverdue(x, today)))
    counts.set(t.agency!.name, (counts.get(t.agency!.name) ?? 0) + 1);
  return [...counts]
    .map(([agencyName, count]) => ({ agencyName, count }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, "vi"));
}
