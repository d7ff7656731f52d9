import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/access";
import { breadcrumbs, resolveViewUnit } from "./view-unit";
import { loadSelectionOutcomes } from "./programme-status";

export const TILE_STATUSES = [
  "NONE",
  "SELECTED",
  "IN_PROGRESS",
  "INTERIM",
  "PASSED",
  "NOT_PASSED",
  "RELAPSED",
] as const;
export type TileStatus = (typeof TILE_STATUSES)[number];

/**
 * Schematic map (issue #6): the communes of the view as tiles grouped by district, coloured by their
 * programme status of the year (no geographic boundaries needed). Under the national root: provinces.
 */
export async function getMap(actor: Actor, unitId: string | null, year: number) {
  assertCan(actor, "dashboard.view");
  const unit = await resolveViewUnit(actor, unitId);
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 1, 0, 1));
  const tileLevel = unit.level === "NATION" ? "PROVINCE" : "COMMUNE";
  const [crumbs, units, outcomes] = await Promise.all([
    breadcrumbs(actor, unit),
    db.unit.findMany({
      where: {
        lineage: { has: unit.id },
        level: tileLevel,
        validFrom: { lt: end },
        OR: [{ validTo: null }, { validTo: { gt: start } }],
      },
      select: { id: true, name: true, code: true, parentId: true, provinceId: true },
      orderBy: { code: "asc" },
    }),
    loadSelectionOutcomes(unit.id, year, year),
  ]);
  const parentIds = [...new Set(units.map((u) => u.parentId).filter((x): x is string => !!x))];
  const parents = await db.unit.findMany({
    where: { id: { in: parentIds } },
    select: { id: true, name: true, code: true },
    orderBy: { code: "asc" },
  });
  const byCommune = new Map(outcomes.map((o) => [o.communeId, o]));
  const statusOf = (id: string): TileStatus => {
    const outcome = byCommune.get(id);
    if (!outcome) return "NONE";
    if (outcome.verdict === "PASSED") return outcome.relapsed ? "RELAPSED" : "PASSED";
    if (outcome.verdict === "NOT_PASSED") return "NOT_PASSED";
    if (outcome.interimAccepted) return "INTERIM";
    if (outcome.hasPlan) return "IN_PROGRESS";
    return "SELECTED";
  };
  const groups = parents.map((p) => ({
    id: p.id,
    name: p.name,
    tiles: units
      .filter((u) => u.parentId === p.id)
      .map((tileUnit) => {
        if (tileLevel === "PROVINCE") {
          const mine = outcomes.filter((o) => o.provinceId === tileUnit.id);
          const passed = mine.filter((o) => o.verdict === "PASSED").length;
          return {
            id: tileUnit.id,
            name: tileUnit.name,
            status: (mine.length === 0
              ? "NONE"
              : passed * 100 >= 60 * mine.length
                ? "PASSED"
                : "SELECTED") as TileStatus,
            selected: mine.length,
            passed,
          };
        }
        return {
          id: tileUnit.id,
          name: tileUnit.name,
          status: statusOf(tileUnit.id),
          selected: byCommune.has(tileUnit.id) ? 1 : 0,
          passed: byCommune.get(tileUnit.id)?.verdict === "PASSED" ? 1 : 0,
        };
      }),
  }));
  const counts = Object.fromEntries(
    TILE_STATUSES.map((s) => [s, groups.reduce((n, g) => n + g.tiles.filter((t) => t.status === s).length, 0)]),
  ) as Record<TileStatus, number>;
  return { unit, crumbs, year, tileLevel, groups, counts };
}
export type MapView = Awaited<ReturnType<typeof getMap>>;
