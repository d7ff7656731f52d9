import "server-only";
import { db } from "@/lib/db";
import { planTaskScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/** Whose report the actor sends: its agency's (an agency account) or its committee unit's (a district committee). */
export function reporterOf(actor: Actor): { agencyId: string } | { unitId: string } {
  if (actor.role !== "AGENCY_MEMBER") return { unitId: actor.unitId };
  if (!actor.agencyId) throw notFound();
  return { agencyId: actor.agencyId };
}

/** The columns of a yearly report the pages show. */
export const yearlyReportSelect = {
  id: true,
  status: true,
  narrative: true,
  taskOutcomes: true,
  figures: true,
  submittedAt: true,
  decidedAt: true,
  returnReason: true,
  version: true,
} as const;

/**
 * The actor's plan tasks of the programme year (communes' plans and the province's own, through `planTaskScope`),
 * as reported.
 */
export async function reporterTasks(actor: Actor, programme: { id: string; provinceId: string; year: number }) {
  const rows = await db.planTask.findMany({
    where: {
      AND: [
        planTaskScope(actor),
        {
          OR: [
            { plan: { selection: { programmeId: programme.id } } },
            { provincePlan: { provinceId: programme.provinceId, year: programme.year } },
          ],
        },
      ],
    },
    select: { area: true, title: true, status: true, evidence: true, dueDate: true },
    orderBy: [{ dueDate: "asc" }, { title: "asc" }],
  });
  return rows.map((t) => ({ ...t, dueDate: t.dueDate.toISOString().slice(0, 10) }));
}
