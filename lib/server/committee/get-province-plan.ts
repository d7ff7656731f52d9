import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { startOfVnDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import { isPlanTaskOverdue } from "@/lib/server/plans/task-overdue";
import { ownProvinceId } from "./province-plan-access";

export type GetProvincePlanOptions = { actor: Actor; year: number; now?: Date };

/**
 * Issue #18 §2: the province's plan of `year` with its tasks (earliest due first, each with its agency and `overdue`
 * on `now`'s Vietnam day), and whether last year's plan exists to copy. `plan` is null when not yet created.
 */
export async function getProvincePlan({ actor, year, now = appNow() }: GetProvincePlanOptions) {
  assertCan(actor, "province-plan.manage");
  const provinceId = ownProvinceId(actor);
  if (!provinceId) throw notFound();
  const today = startOfVnDay(now);
  const [plan, lastYear] = await Promise.all([
    db.provincePlan.findUnique({
      where: { provinceId_year: { provinceId, year } },
      select: {
        id: true,
        number: true,
        date: true,
        version: true,
        tasks: {
          select: {
            id: true,
            area: true,
            title: true,
            assignee: true,
            dueDate: true,
            status: true,
            evidence: true,
            version: true,
            agency: { select: { name: true } },
          },
          orderBy: [{ dueDate: "asc" }, { title: "asc" }],
        },
      },
    }),
    db.provincePlan.findUnique({
      where: { provinceId_year: { provinceId, year: year - 1 } },
      select: { number: true, _count: { select: { tasks: true } } },
    }),
  ]);
  return {
    plan: plan ? { ...plan, tasks: plan.tasks.map((t) => ({ ...t, overdue: isPlanTaskOverdue(t, today) })) } : null,
    lastYear: lastYear ? { number: lastYear.number, tasks: lastYear._count.tasks } : null,
  };
}
