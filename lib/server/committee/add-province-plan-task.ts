import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { ownProvinceId } from "./province-plan-access";
import { resolveTaskAssignees } from "./task-assignee";
import type { AddProvincePlanTaskInput } from "@/lib/contracts/committee/add-province-plan-task";

export type AddProvincePlanTaskOptions = { actor: Actor; input: AddProvincePlanTaskInput };

/**
 * Issue #18 §2: adds a task to the province's plan, given to a member agency of the province or to a body named in
 * free text (`resolveTaskAssignees`). Another province's plan answers "not found". Returns {id}.
 */
export async function addProvincePlanTask({ actor, input }: AddProvincePlanTaskOptions) {
  assertCan(actor, "province-plan.manage");
  const provinceId = ownProvinceId(actor);
  if (!provinceId || !isUuid(input.provincePlanId)) throw notFound();
  const plan = await db.provincePlan.findFirst({
    where: { id: input.provincePlanId, provinceId },
    select: { id: true },
  });
  if (!plan) throw notFound();
  const [assigned] = await resolveTaskAssignees(provinceId, [input]);
  return db.$transaction(async (tx) => {
    const task = await tx.planTask.create({
      data: {
        provincePlanId: plan.id,
        area: assigned.area,
        title: assigned.title,
        assignee: assigned.assignee,
        agencyId: assigned.agencyId,
        dueDate: parseDay(assigned.dueDate)!,
      },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "province-plan.add-task",
      entity: "PlanTask",
      entityId: task.id,
      unitId: provinceId,
      after: input,
    });
    return task;
  });
}
