import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { copyTasksToYear } from "@/lib/domain/province-plan";
import { parseDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { ownProvinceId } from "./province-plan-access";
import type { CreateProvincePlanInput } from "@/lib/contracts/committee/create-province-plan";

const text = vi.committee.plan;

export type CreateProvincePlanOptions = { actor: Actor; input: CreateProvincePlanInput };

/**
 * Issue #18 §2: creates the province's plan of a year; with `copyLastYear`, every task of last year's plan is copied (same area,
 * title, assignee and agency; due on the same day of the new year; not started): `copyTasksToYear`. Refuses a year
 * that already has one, and `copyLastYear` without last year's plan. Returns {id}.
 */
export async function createProvincePlan({ actor, input }: CreateProvincePlanOptions) {
  assertCan(actor, "province-plan.manage");
  const provinceId = ownProvinceId(actor);
  if (!provinceId) throw notFound();
  const last = input.copyLastYear
    ? await db.provincePlan.findUnique({
        where: { provinceId_year: { provinceId, year: input.year - 1 } },
        select: { tasks: { select: { area: true, title: true, assignee: true, agencyId: true, dueDate: true } } },
      })
    : null;
  if (input.copyLastYear && !last) throw validation(text.noLastYear, { copyLastYear: [text.noLastYear] });
  const copied = copyTasksToYear(
    (last?.tasks ?? []).map((t) => ({
      ...t,
      dueDate: { year: t.dueDate.getUTCFullYear(), month: t.dueDate.getUTCMonth() + 1, day: t.dueDate.getUTCDate() },
    })),
    input.year,
  );
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.provincePlan.create({
        data: { provinceId, year: input.year, number: input.number, date: parseDay(input.date)! },
        select: { id: true },
      });
      await tx.planTask.createMany({
        data: copied.map((t) => ({
          ...t,
          provincePlanId: plan.id,
          dueDate: new Date(Date.UTC(t.dueDate.year, t.dueDate.month - 1, t.dueDate.day)),
        })),
      });
      await writeAudit(tx, auditActor(actor), {
        action: "province-plan.create",
        entity: "ProvincePlan",
        entityId: plan.id,
        unitId: provinceId,
        after: { ...input, copiedTasks: copied.length },
      });
      return plan;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw validation(text.exists);
    throw error;
  }
}
