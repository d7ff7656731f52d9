import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import { resolveTaskAssignees } from "@/lib/server/committee/task-assignee";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { programmeScope } from "@/lib/server/programme/programme-access";
import type { AddTaskInput } from "@/lib/contracts/programme/add-task";

/** Adds a task to a plan of a commune of the actor's subtree and programmes, audited. */
export async function addPlanTask(actor: Actor, input: AddTaskInput) {
  assertCan(actor, "plan.manage");
  if (!isUuid(input.planId)) throw notFound();
  const plan = await db.plan.findFirst({
    where: { id: input.planId, selection: { commune: unitScope(actor), programme: programmeScope(actor) } },
    select: {
      id: true,
      selectionId: true,
      selection: { select: { communeId: true, programme: { select: { provinceId: true } } } },
    },
  });
  if (!plan) throw notFound();
  const [assigned] = await resolveTaskAssignees(plan.selection.programme.provinceId, [input]);
  return db.$transaction(async (tx) => {
    const task = await tx.planTask.create({
      data: {
        planId: plan.id,
        area: assigned.area,
        title: assigned.title,
        assignee: assigned.assignee,
        agencyId: assigned.agencyId,
        dueDate: parseDay(assigned.dueDate)!,
      },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "plan.add-task",
      entity: "PlanTask",
      entityId: task.id,
      unitId: plan.selection.communeId,
      after: input,
    });
    return { id: task.id, selectionId: plan.selectionId };
  });
}
