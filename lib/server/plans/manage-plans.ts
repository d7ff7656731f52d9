import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, planTaskScope, unitScope } from "@/lib/authz/access";
import { resolveTaskAssignees } from "@/lib/server/committee/task-assignee";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { auditActor, programmeScope } from "@/lib/server/programme/programme-access";
import type { AddTaskInput, CreatePlanInput, UpdateTaskInput } from "./schemas";

const text = vi.programme.plans;

/**
 * Creates the transformation plan of a decided commune (number, date, measures by area, tasks). Phases are
 * not copied: they are read from the province's programme, so a change of date there applies to every plan.
 * One plan per selection (unique): a double submit cannot create two.
 */
export async function createPlan(actor: Actor, input: CreatePlanInput) {
  assertCan(actor, "plan.manage");
  if (!isUuid(input.selectionId)) throw notFound();
  const sel = await db.selection.findFirst({ where: { id: input.selectionId, status: "SELECTED", commune: unitScope(actor), programme: programmeScope(actor) }, select: { id: true, communeId: true, programme: { select: { provinceId: true } }, plan: { select: { id: true } } } });
  if (!sel) throw notFound();
  if (sel.plan) throw validation(text.alreadyExists);
  const tasks = await resolveTaskAssignees(sel.programme.provinceId, input.tasks);
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.plan.create({ data: { selectionId: sel.id, number: input.number, date: parseDay(input.date)!, measures: input.measures }, select: { id: true } });
      if (tasks.length) await tx.planTask.createMany({ data: tasks.map((t) => ({ planId: plan.id, area: t.area, title: t.title, assignee: t.assignee, agencyId: t.agencyId, dueDate: parseDay(t.dueDate)! })) });
      await writeAudit(tx, auditActor(actor), { action: "plan.create", entity: "Plan", entityId: plan.id, unitId: sel.communeId, after: input });
      return { id: plan.id, selectionId: sel.id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw validation(text.alreadyExists);
    throw error;
  }
}

export async function addPlanTask(actor: Actor, input: AddTaskInput) {
  assertCan(actor, "plan.manage");
  if (!isUuid(input.planId)) throw notFound();
  const plan = await db.plan.findFirst({
    where: { id: input.planId, selection: { commune: unitScope(actor), programme: programmeScope(actor) } },
    select: { id: true, selectionId: true, selection: { select: { communeId: true, programme: { select: { provinceId: true } } } } },
  });
  if (!plan) throw notFound();
  const [resolvedTask] = await resolveTaskAssignees(plan.selection.programme.provinceId, [input]);
  return db.$transaction(async (tx) => {
    const task = await tx.planTask.create({ data: { planId: plan.id, area: resolvedTask.area, title: resolvedTask.title, assignee: resolvedTask.assignee, agencyId: resolvedTask.agencyId, dueDate: parseDay(resolvedTask.dueDate)! }, select: { id: true } });
    await writeAudit(tx, auditActor(actor), { action: "plan.add-task", entity: "PlanTask", entityId: task.id, unitId: plan.selection.communeId, after: input });
    return { id: task.id, selectionId: plan.selectionId };
  });
}

/**
 * District, commune and the task's member agency update a task's status and evidence (version-checked: a concurrent
 * change is shown, not overwritten). The task is loaded through `planTaskScope`: an agency reaches only its own tasks.
 */
export async function updateTaskStatus(actor: Actor, input: UpdateTaskInput) {
  assertCan(actor, "plan.update-task");
  if (!isUuid(input.taskId)) throw notFound();
  const task = await db.planTask.findFirst({
    where: { AND: [{ id: input.taskId }, planTaskScope(actor)] },
    select: { id: true, status: true, evidence: true, plan: { select: { selectionId: true, selection: { select: { communeId: true } } } }, provincePlan: { select: { provinceId: true } } },
  });
  if (!task) throw notFound();
  return db.$transaction(async (tx) => {
    const updated = await tx.planTask.updateMany({ where: { id: task.id, version: input.version }, data: { status: input.status, evidence: input.evidence ?? task.evidence, version: { increment: 1 } } });
    if (updated.count === 0) {
      const now = await tx.planTask.findUnique({ where: { id: task.id }, select: { status: true, evidence: true, version: true, updatedAt: true } });
      throw conflict(`${vi.errors.conflict} (${now ? vi.programme.plans.taskStatus[now.status] : ""})`, now);
    }
    await writeAudit(tx, auditActor(actor), { action: "plan.update-task", entity: "PlanTask", entityId: task.id, unitId: task.plan?.selection.communeId ?? task.provincePlan!.provinceId, before: { status: task.status, evidence: task.evidence }, after: { status: input.status, evidence: input.evidence } });
    return { id: task.id, selectionId: task.plan?.selectionId ?? null };
  });
}
