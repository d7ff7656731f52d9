import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";

export type Relation = "own" | "sibling" | "otherDistrict" | "otherProvince";

/**
 * A unit in the given relation to the actor: its own unit, a sibling of it (same
 * parent), a unit under another district of the same province, or a unit of another
 * province. Null when the relation does not exist for this actor (e.g. an ADMIN at the root).
 */
export async function unitFor(actor: Actor, relation: Relation): Promise<{ id: string; level: string } | null> {
  const own = await db.unit.findUniqueOrThrow({
    where: { id: actor.unitId },
    select: { id: true, level: true, parentId: true, provinceId: true },
  });
  const notMine = { NOT: { lineage: { has: actor.unitId } } };
  const select = { id: true, level: true } as const;
  switch (relation) {
    case "own":
      return { id: own.id, level: own.level };
    case "sibling":
      return own.parentId
        ? db.unit.findFirst({
            where: { parentId: own.parentId, id: { not: own.id }, ...notMine },
            select,
            orderBy: { code: "asc" },
          })
        : null;
    case "otherDistrict":
      return own.provinceId
        ? db.unit.findFirst({
            where: {
              provinceId: own.provinceId,
              level: "COMMUNE",
              validTo: null,
              parentId: { not: own.parentId },
              parent: { level: "DISTRICT" },
              ...notMine,
            },
            select,
            orderBy: { code: "asc" },
          })
        : null;
    case "otherProvince":
      return own.provinceId
        ? db.unit.findFirst({
            where: { level: "COMMUNE", validTo: null, provinceId: { not: own.provinceId } },
            select,
            orderBy: { code: "asc" },
          })
        : null;
  }
}

/** Rows written so far in this database (tests/support/write-counter.ts): unchanged ⇔ nothing was written, or even attempted. */
export async function writeMark(): Promise<string> {
  const [row] = await db.$queryRaw<
    { mark: string }[]
  >`SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS mark FROM test_write_counter`;
  return row.mark;
}
