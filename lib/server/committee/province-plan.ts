import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { copyTasksToYear } from "@/lib/domain/province-plan";
import { startOfVnDay } from "@/lib/domain/vn-date";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { appNow } from "@/lib/clock";
import { auditActor } from "@/lib/server/users/manage-users";
import { isPlanTaskOverdue } from "@/lib/server/plans/task-overdue";
import { resolveTaskAssignees } from "./task-assignee";
import type { AddProvincePlanTaskInput, CreateProvincePlanInput } from "./schemas";

const planText = vi.committee.plan;

/**
 * SECURITY: the province's own plan is the province-level accounts' (its unit is the province itself): the actor's
 * province when the actor sits at it, else none (district and commune accounts reach their communes' plans only).
 */
function ownProvinceId(actor: Actor): string | null {
  return actor.unitLevel === "PROVINCE" ? actor.unitId : null;
}

/**
 * Issue #18 §2: the province's plan of `year` with its tasks (earliest due first, each with its agency and `overdue`
 * on `now`'s Vietnam day), and whether last year's plan exists to copy. `plan` is null when not yet created.
 */
export async function getProvincePlan(actor: Actor, year: number, now = appNow()) {
  assertCan(actor, "province-plan.manage");
  const provinceId = ownProvinceId(actor);
  if (!provinceId) throw notFound();
  const today = startOfVnDay(now);
  const [plan, lastYear] = await Promise.all([
    db.provincePlan.findUnique({
      where: { provinceId_year: { provinceId, year } },
      select: {
        id: true, number: true, date: true, version: true,
        tasks: {
          select: { id: true, area: true, title: true, assignee: true, dueDate: true, status: true, evidence: true, version: true, agency: { select: { name: true } } },
          orderBy: [{ dueDate: "asc" }, { title: "asc" }],
        },
      },
    }),
    db.provincePlan.findUnique({ where: { provinceId_year: { provinceId, year: year - 1 } }, select: { number: true, _count: { select: { tasks: true } } } }),
  ]);
  return {
    plan: plan ? { ...plan, tasks: plan.tasks.map((t) => ({ ...t, overdue: isPlanTaskOverdue(t, today) })) } : null,
    lastYear: lastYear ? { number: lastYear.number, tasks: lastYear._count.tasks } : null,
  };
}

/**
 * Creates the province's plan of a year; with `copyLastYear`, every task of last year's plan is copied (same area,
 * title, assignee and agency; due on the same day of the new year; not started): `copyTasksToYear`. Refuses a year
 * that already has one, and `copyLastYear` without last year's plan. Returns {id}.
 */
export async function createProvincePlan(actor: Actor, input: CreateProvincePlanInput) {
  assertCan(actor, "province-plan.manage");
  const provinceId = ownProvinceId(actor);
  if (!provinceId) throw notFound();
  const last = input.copyLastYear
    ? await db.provincePlan.findUnique({
      where: { provinceId_year: { provinceId, year: input.year - 1 } },
      select: { tasks: { select: { area: true, title: true, assignee: true, agencyId: true, dueDate: true } } },
    })
    : null;
  if (input.copyLastYear && !last) throw validation(planText.noLastYear, { copyLastYear: [planText.noLastYear] });
  const copied = copyTasksToYear(
    (last?.tasks ?? []).map((t) => ({ ...t, dueDate: { year: t.dueDate.getUTCFullYear(), month: t.dueDate.getUTCMonth() + 1, day: t.dueDate.getUTCDate() } })),
    input.year,
  );
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.provincePlan.create({ data: { provinceId, year: input.year, number: input.number, date: parseDay(input.date)! }, select: { id: true } });
      await tx.planTask.createMany({
        data: copied.map((t) => ({ ...t, provincePlanId: plan.id, dueDate: new Date(Date.UTC(t.dueDate.year, t.dueDate.month - 1, t.dueDate.day)) })),
      });
      await writeAudit(tx, auditActor(actor), { action: "province-plan.create", entity: "ProvincePlan", entityId: plan.id, unitId: provinceId, after: { ...input, copiedTasks: copied.length } });
      return plan;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw validation(planText.exists);
    throw error;
  }
}

/** Adds a task to the province's plan, given to a member agency of the province or to a body named in free text. Returns {id}. */
export async function addProvincePlanTask(actor: Actor, input: AddProvincePlanTaskInput) {
  assertCan(actor, "province-plan.manage");
  const provinceId = ownProvinceId(actor);
  if (!provinceId || !isUuid(input.provincePlanId)) throw notFound();
  const plan = await db.provincePlan.findFirst({ where: { id: input.provincePlanId, provinceId }, select: { id: true } });
  if (!plan) throw notFound();
  const [resolvedTask] = await resolveTaskAssignees(provinceId, [input]);
  return db.$transaction(async (tx) => {
    const task = await tx.planTask.create({
      data: { provincePlanId: plan.id, area: resolvedTask.area, title: resolvedTask.title, assignee: resolvedTask.assignee, agencyId: resolvedTask.agencyId, dueDate: parseDay(resolvedTask.dueDate)! },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "province-plan.add-task", entity: "PlanTask", entityId: task.id, unitId: provinceId, after: input });
    return task;
  });
}
