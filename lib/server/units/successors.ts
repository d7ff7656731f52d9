// No "server-only" marker: a pure read over the client it is given.
import type { Db } from "@/lib/prisma-client";
import type { Tx } from "@/lib/db";
import { successorsOn } from "@/lib/domain/unit-succession";
import type { UnitValidity } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";
import { loadSuccessionClosure } from "./baseline-sources";

/**
 * The units whose area `unitId` carries on `day` (a Vietnam instant): itself and every unit that, followed through its
 * successors (lib/domain/unit-succession.ts successorsOn), leads to it — a merged commune's predecessors, their
 * predecessors, the commune a split one came from. Used to pass a relapse watch to the successor (issue #12 §2).
 */
export async function unitsCarriedBy(client: Db | Tx, unitId: string, day: Date): Promise<string[]> {
  const { links, reached } = await loadSuccessionClosure(client, [unitId], null);
  if (links.length === 0) return [unitId];
  const rows = await client.unit.findMany({
    where: { id: { in: [...reached] } },
    select: { id: true, validFrom: true, validTo: true },
  });
  const units = new Map<string, UnitValidity>(
    rows.map((u) => [u.id, { validFrom: fromDbDay(u.validFrom), validTo: u.validTo ? fromDbDay(u.validTo) : null }]),
  );
  return [...reached].filter((id) => id === unitId || successorsOn(id, day, units, links).includes(unitId));
}
