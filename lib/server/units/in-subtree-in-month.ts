import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Where-fragment for the units under `unitId` in the month beginning `monthStart` (a DB day): those whose lineage holds
 * it today, and those that were under it then but left without their figures (a 3 → 2 conversion moved the commune
 * under the province; `UnitParentPeriod`). So an ended district's report of a month before the conversion still finds
 * its communes (issue #12 §2: each value counted for every unit it belonged to that month; domain.md §8).
 */
export function inSubtreeInMonth(unitId: string, monthStart: Date): Prisma.UnitWhereInput {
  return {
    OR: [
      { lineage: { has: unitId } },
      { formerParents: { some: { parentLineage: { has: unitId }, validTo: { gt: monthStart } } } },
    ],
  };
}
