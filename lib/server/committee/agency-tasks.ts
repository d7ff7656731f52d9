import "server-only";
import { db } from "@/lib/db";
import { assertCan, planTaskScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { startOfVnDay, toDbDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import { isPlanTaskOverdue } from "@/lib/server/plans/task-overdue";

/**
 * Issue #18 §1: the plan tasks a member agency's account sees — those assigned to its agency in every plan of its
 * province (`planTaskScope`), the earliest due first, each flagged `overdue` on `now`'s Vietnam day, with its
 * commune, plan and programme year; with the agency's name. Returns {agencyName, tasks}.
 */
export async function listAgencyTasks(actor: Actor, now = appNow()) {
  assertCan(actor, "agency-task.view");
  const today = startOfVnDay(now);
  const [agency, tasks] = await Promise.all([
    actor.agencyId ? db.agency.findUnique({ where: { id: actor.agencyId }, select: { name: true } }) : null,
    db.planTask.findMany({
    where: planTaskScope(actor),
    select: {
      id: true, area: true, title: true, dueDate: true, status: true, evidence: true, version: true,
      plan: { select: { number: true, selection: { select: { id: true, commune: { select: { name: true } }, programme: { select: { year: true } } } } } },
    },
    orderBy: [{ dueDate: "asc" }, { title: "asc" }],
    }),
  ]);
  return { agencyName: agency?.name ?? "", tasks: tasks.map((t) => ({ ...t, overdue: isPlanTaskOverdue(t, today) })) };
}

/**
 * Issue #18 §2: the agencies' tasks of the actor's subtree not done by their due day (`now`, Vietnam), for the
 * secretariat's home page: {agencyName, count} per agency with at least one, by agency name.
 */
export async function overdueAgencyTasks(actor: Actor, now = appNow()) {
  const today = startOfVnDay(now);
  const open = await db.planTask.findMany({
    where: { agencyId: { not: null }, status: { not: "DONE" }, dueDate: { lt: toDbDay(now) }, plan: { selection: { commune: unitScope(actor) } } },
    select: { dueDate: true, status: true, agency: { select: { name: true } } },
  });
  const counts = new Map<string, number>();
  for (const t of open.filter((x) => isPlanTaskOverdue(x, today))) counts.set(t.agency!.name, (counts.get(t.agency!.name) ?? 0) + 1);
  return [...counts].map(([agencyName, count]) => ({ agencyName, count })).sort((a, b) => a.agencyName.localeCompare(b.agencyName, "vi"));
}
