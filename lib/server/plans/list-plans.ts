import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { startOfVnDay } from "@/lib/domain/vn-date";
import { isPlanTaskOverdue as overdue } from "./task-overdue";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { appNow } from "@/lib/clock";

/** The decided communes of the actor's area for a year, with their plan and task progress. */
export async function listPlans(actor: Actor, year: number, now = appNow()) {
  assertCan(actor, "programme.view");
  const programme = await requireProgrammeForYear(actor, year);
  const today = startOfVnDay(now);
  const selections = await db.selection.findMany({
    where: { programmeId: programme.id, commune: unitScope(actor) },
    select: {
      id: true,
      status: true,
      hotspotTypes: true,
      commune: { select: { name: true, parent: { select: { name: true, level: true } } } },
      plan: { select: { id: true, number: true, date: true, tasks: { select: { status: true, dueDate: true } } } },
    },
    orderBy: { commune: { code: "asc" } },
  });
  return {
    programme,
    rows: selections.map((s) => ({
      id: s.id,
      status: s.status,
      hotspotTypes: s.hotspotTypes,
      communeName: s.commune.name,
      districtName: s.commune.parent?.level === "DISTRICT" ? s.commune.parent.name : "",
      plan: s.plan
        ? {
            id: s.plan.id,
            number: s.plan.number,
            date: s.plan.date,
            total: s.plan.tasks.length,
            done: s.plan.tasks.filter((t) => t.status === "DONE").length,
            overdue: s.plan.tasks.filter((t) => overdue(t, today)).length,
          }
        : null,
    })),
  };
}
