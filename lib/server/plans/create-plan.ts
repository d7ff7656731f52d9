import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import { resolveTaskAssignees } from "@/lib/server/committee/task-assignee";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { programmeScope } from "@/lib/server/programme/programme-access";
import type { CreatePlanInput } from "@/lib/contracts/programme/create-plan";

const text = vi.programme.plans;

/**
 * Creates the transformation plan of a decided commune (number, date, measures by area, tasks). Phases are
 * not copied: they are read from the province's programme, so a change of date there applies to every plan.
 * One plan per selection (unique): a double submit cannot create two.
 */
export async function createPlan(actor: Actor, input: CreatePlanInput) {
  assertCan(actor, "plan.manage");
  if (!isUuid(input.selectionId)) throw notFound();
  const sel = await db.selection.findFirst({
    where: { id: input.selectionId, status: "SELECTED", commune: unitScope(actor), programme: programmeScope(actor) },
    select: { id: true, communeId: true, programme: { select: { provinceId: true } }, plan: { select: { id: true } } },
  });
  if (!sel) throw notFound();
  if (sel.plan) throw validation(text.alreadyExists);
  const tasks = await resolveTaskAssignees(sel.programme.provinceId, input.tasks);
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.plan.create({
        data: { selectionId: sel.id, number: input.number, date: parseDay(input.date)!, measures: input.measures },
        select: { id: true },
      });
      if (tasks.length)
        await tx.planTask.createMany({
          data: tasks.map((t) => ({
            planId: plan.id,
            area: t.area,
            title: t.title,
            assignee: t.assignee,
            agencyId: t.agencyId,
            dueDate: parseDay(t.dueDate)!,
          })),
        });
      await writeAudit(tx, auditActor(actor), {
        action: "plan.create",
        entity: "Plan",
        entityId: plan.id,
        unitId: sel.communeId,
        after: input,
      });
      return { id: plan.id, selectionId: sel.id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw validation(text.alreadyExists);
    throw error;
  }
}
