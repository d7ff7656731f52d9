import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid, planTaskScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import type { UpdateTaskInput } from "@/lib/contracts/programme/update-task";

/**
 * District, commune and the task's member agency update a task's status and evidence (version-checked: a concurrent
 * change is shown, not overwritten). The task is loaded through `planTaskScope`: an agency reaches only its own tasks.
 */
export async function updateTaskStatus(actor: Actor, input: UpdateTaskInput) {
  assertCan(actor, "plan.update-task");
  if (!isUuid(input.taskId)) throw notFound();
  const task = await db.planTask.findFirst({
    where: { AND: [{ id: input.taskId }, planTaskScope(actor)] },
    select: {
      id: true,
      status: true,
      evidence: true,
      plan: { select: { selectionId: true, selection: { select: { communeId: true } } } },
      provincePlan: { select: { provinceId: true } },
    },
  });
  if (!task) throw notFound();
  return db.$transaction(async (tx) => {
    const updated = await tx.planTask.updateMany({
      where: { id: task.id, version: input.version },
      data: { status: input.status, evidence: input.evidence ?? task.evidence, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.planTask.findUnique({
        where: { id: task.id },
        select: { status: true, evidence: true, version: true, updatedAt: true },
      });
      throw conflict(`${vi.errors.conflict} (${now ? vi.programme.plans.taskStatus[now.status] : ""})`, now);
    }
    await writeAudit(tx, auditActor(actor), {
      action: "plan.update-task",
      entity: "PlanTask",
      entityId: task.id,
      unitId: task.plan?.selection.communeId ?? task.provincePlan!.provinceId,
      before: { status: task.status, evidence: task.evidence },
      after: { status: input.status, evidence: input.evidence },
    });
    return { id: task.id, selectionId: task.plan?.selectionId ?? null };
  });
}
