import "server-only";
import { db } from "@/lib/db";
import { isUuid, planTaskScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/** `Attachment.ownerType` of a plan task's evidence files. */
export const TASK_FILE_OWNER = "PlanTask";

/**
 * SECURITY: a plan task the actor may see (`planTaskScope`: an agency account its own agency's only), else "not
 * found". Returns {id, status, unitId}: the unit its files belong to (the commune of a commune plan, the province of
 * the province's plan).
 */
export async function requireVisibleTask(actor: Actor, taskId: string) {
  if (!isUuid(taskId)) throw notFound();
  const task = await db.planTask.findFirst({
    where: { AND: [{ id: taskId }, planTaskScope(actor)] },
    select: {
      id: true,
      status: true,
      plan: { select: { selection: { select: { communeId: true } } } },
      provincePlan: { select: { provinceId: true } },
    },
  });
  if (!task) throw notFound();
  return { id: task.id, status: task.status, unitId: task.plan?.selection.communeId ?? task.provincePlan!.provinceId };
}
