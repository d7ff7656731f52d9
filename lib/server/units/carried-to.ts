// No "server-only" marker: a pure read over the client it is given.
import type { Db } from "@/lib/prisma-client";
import type { Tx } from "@/lib/db";
import { successorsOn } from "@/lib/domain/unit-succession";
import type { UnitValidity } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";
import { loadSuccessionClosure } from "./baseline-sources";

/**
 * For each of `unitIds` that no longer exists on `day` (a Vietnam instant), the units existing that day that carry it
 * (lib/domain/unit-succession.ts successorsOn: a merged commune's successor, every part of a split one), with their
 * names; units still existing or without successor are absent. Shows where a relapse watch went ("kế thừa từ …",
 * issue #12 §2 "A relapse watch passes to the successor too"). Two queries plus one per succession generation.
 */
export async function carriedTo(client: Db | Tx, unitIds: readonly string[], day: Date) {
  const out = new Map<string, Array<{ id: string; name: string }>>();
  if (unitIds.length === 0) return out;
  const { links, reached } = await loadSuccessionClosure(client, unitIds, null);
  if (links.length === 0) return out;
  const rows = await client.unit.findMany({
    where: { id: { in: [...reached] } },
    select: { id: true, name: true, validFrom: true, validTo: true },
  });
  const units = new Map<string, UnitValidity>(
    rows.map((u) => [u.id, { validFrom: fromDbDay(u.validFrom), validTo: u.validTo ? fromDbDay(u.validTo) : null }]),
  );
  const names = new Map(rows.map((u) => [u.id, u.name]));
  for (const id of unitIds) {
    const to = successorsOn(id, day, units, links).filter((x) => x !== id);
    if (to.length > 0)
      out.set(
        id,
        to.map((x) => ({ id: x, name: names.get(x) ?? x })),
      );
  }
  return out;
}
