import "server-only";
import { db } from "@/lib/db";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { programmePhases } from "@/lib/domain/programme-calendar";
import { startOfVnDay } from "@/lib/domain/vn-date";
import { isPlanTaskOverdue as overdue } from "./task-overdue";
import { programmeDates, programmeScope, requireProgramme } from "@/lib/server/programme/programme-access";
import { appNow } from "@/lib/clock";

/** A selection of the actor's area with its plan, tasks (overdue flagged) and the programme's phases. */
export async function getPlanPage(actor: Actor, selectionId: string, now = appNow()) {
  assertCan(actor, "programme.view");
  if (!isUuid(selectionId)) throw notFound();
  const selection = await db.selection.findFirst({
    where: { id: selectionId, commune: unitScope(actor), programme: programmeScope(actor) },
    select: {
      id: true,
      status: true,
      hotspotTypes: true,
      programmeId: true,
      commune: {
        select: { id: true, name: true, committeeName: true, parent: { select: { name: true, level: true } } },
      },
      decision: { select: { number: true, date: true } },
      plan: {
        select: {
          id: true,
          number: true,
          date: true,
          measures: true,
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
              updatedAt: true,
            },
            orderBy: [{ dueDate: "asc" }, { title: "asc" }],
          },
        },
      },
    },
  });
  if (!selection) throw notFound();
  const programme = await requireProgramme(actor, selection.programmeId);
  const today = startOfVnDay(now);
  const phases = programmePhases(programmeDates(programme)).filter((p) =>
    ["PLAN", "FOCUS", "PEAK", "INTERIM_REVIEW", "DISTRICT_YEAR_END_REVIEW", "PROVINCE_REPORT", "VERDICT"].includes(
      p.key,
    ),
  );
  return {
    selection: selection,
    programme,
    phases,
    tasks: (selection.plan?.tasks ?? []).map((t) => ({ ...t, overdue: overdue(t, today) })),
    measures: (selection.plan?.measures ?? []) as { area: string; content: string }[],
  };
}
