import "server-only";
import { db } from "@/lib/db";
import { assertCan, planTaskScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { startOfVnDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import { isPlanTaskOverdue } from "@/lib/server/plans/task-overdue";

/**
 * Issue #18 §1: the plan tasks a member agency's account sees — those assigned to its agency in every plan of its
 * province, the communes' and the province's own (`planTaskScope`), the earliest due first, each flagged `overdue` on `now`'s Vietnam day, with its
 * plan's number and year and, for a commune's plan, the commune (`source`); with the agency's name. Returns {agencyName, tasks}.
 */
export async function listAgencyTasks(actor: Actor, now = appNow()) {
  assertCan(actor, "agency-task.view");
  const today = startOfVnDay(now);
  const [agency, tasks] = await Promise.all([
    actor.agencyId ? db.agency.findUnique({ where: { id: actor.agencyId }, select: { name: true } }) : null,
    db.planTask.findMany({
      where: planTaskScope(actor),
      select: {
        id: true,
        area: true,
        title: true,
        dueDate: true,
        status: true,
        evidence: true,
        version: true,
        plan: {
          select: {
            number: true,
            selection: {
              select: { id: true, commune: { select: { name: true } }, programme: { select: { year: true } } },
            },
          },
        },
        provincePlan: { select: { number: true, year: true } },
      },
      orderBy: [{ dueDate: "asc" }, { title: "asc" }],
    }),
  ]);
  return {
    agencyName: agency?.name ?? "",
    tasks: tasks.map(({ plan, provincePlan, ...t }) => ({
      ...t,
      overdue: isPlanTaskOverdue(t, today),
      // A commune plan's task names its commune; the province plan's has no commune (communeName null).
      source: plan
        ? {
            communeName: plan.selection.commune.name as string | null,
            planNumber: plan.number,
            year: plan.selection.programme.year,
            selectionId: plan.selection.id as string | null,
          }
        : { communeName: null, planNumber: provincePlan!.number, year: provincePlan!.year, selectionId: null },
    })),
  };
}
