import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { elapsedMonths, periodOf, type DashboardFilters } from "./filters";
import { breadcrumbs, childUnits, resolveViewUnit, type ChildUnit, type ViewUnit } from "./view-unit";
import { loadCatalogue, loadSums, mergeUnits, yyyymm } from "./indicator-sums";
import { loadProgrammes } from "./programme-status";

/**
 * What every unit-level dashboard view starts from: the unit (inside the actor's scope), its breadcrumbs
 * and children, the period's elapsed months (the half-year follows the province's programme) and the
 * catalogue in force at the end of the period.
 */
export async function loadUnitView(actor: Actor, unitId: string | null, filters: DashboardFilters, now: Date) {
  const unit = await resolveViewUnit(actor, unitId);
  const year = filters.year;
  const [crumbs, children, programmes] = await Promise.all([
    breadcrumbs(actor, unit),
    childUnits(unit.id, year),
    unit.provinceId ? loadProgrammes([unit.provinceId], year) : Promise.resolve([]),
  ]);
  const period = periodOf(filters, programmes[0]?.focusStartMonth ?? 3);
  const cur = elapsedMonths(period, now);
  const catalogue = await loadCatalogue(unit.provinceId, yyyymm(cur[cur.length - 1]!));
  return { unit, year, crumbs, children, period, cur, catalogue };
}

/** Sums for the view unit and each child in one query; the national root is the sum of its provinces. */
export async function loadViewSums(
  unit: ViewUnit,
  children: ChildUnit[],
  ...rest: Parameters<typeof loadSums> extends [unknown, ...infer R] ? R : never
) {
  const selfIds = unit.level === "NATION" ? children.map((c) => c.id) : [unit.id];
  const sums = await loadSums([...new Set([...selfIds, ...children.map((c) => c.id)])], ...rest);
  const self = unit.level === "NATION" ? mergeUnits(sums, selfIds) : sums.get(unit.id);
  return { sums, self };
}
