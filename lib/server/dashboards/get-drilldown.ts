import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/access";
import { monthsOfPeriod } from "@/lib/domain/period";
import type { DashboardFilters } from "./filters";
import { codesNeeded, valueOf } from "./indicator-sums";
import { loadUnitView, loadViewSums } from "./load-unit-view";
import { loadReductions, reductionCodes } from "./comparable-sums";
import { appNow } from "@/lib/clock";

/**
 * Drill-down (issue #6): province → district → commune → indicator. For a unit: every indicator of
 * the group over the period for the unit and for each unit below it; for a commune also month by month.
 */
export async function getDrilldown(actor: Actor, unitId: string | null, filters: DashboardFilters, now = appNow()) {
  assertCan(actor, "dashboard.view");
  const { unit, year, crumbs, children, period, cur, catalogue: all } = await loadUnitView(actor, unitId, filters, now);
  const byCode = new Map(all.map((d) => [d.code, d]));
  const defs = all.filter((d) => d.kind !== "TEXT" && (!filters.group || d.group === filters.group));
  const isCommune = unit.level === "COMMUNE";
  const yearMonths = monthsOfPeriod({ kind: "YEAR", year });
  const buckets = [
    { key: "cur", months: cur },
    ...(isCommune ? yearMonths.map((m) => ({ key: `y${m.month}`, months: [m] })) : []),
  ];
  const [{ sums, self }, reductions] = await Promise.all([
    loadViewSums(unit, children, buckets, codesNeeded(defs)),
    loadReductions([unit.id, ...children.map((c) => c.id)], cur, year, reductionCodes(defs)),
  ]);
  return {
    unit,
    crumbs,
    year,
    period,
    months: cur,
    indicators: defs.map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      group: d.group,
      unitLabel: d.unitLabel,
      isPercent: d.kind === "RATIO" || d.kind === "REDUCTION",
      kind: d.kind,
      target: d.targetValue,
      comparator: d.targetComparator,
      self: valueOf(d, self, "cur", byCode, reductions.get(unit.id)),
      monthly: isCommune
        ? yearMonths.map((m) => ({ month: m.month, value: valueOf(d, self, `y${m.month}`, byCode).value }))
        : [],
    })),
    children: children.map((c) => ({
      unit: c,
      values: defs.map((d) => valueOf(d, sums.get(c.id), "cur", byCode, reductions.get(c.id))),
    })),
  };
}

export type Drilldown = Awaited<ReturnType<typeof getDrilldown>>;
