import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/access";
import { monthsOfPeriod, sameMonthsLastYear } from "@/lib/domain/period";
import type { CriteriaGroup } from "@/lib/domain/types";
import type { DashboardFilters } from "./filters";
import { codesNeeded, keyIndicators, valueOf } from "./indicator-sums";
import { loadUnitView, loadViewSums } from "./load-unit-view";
import { appNow } from "@/lib/clock";

/**
 * Trends (issue #6): the key counts of a criteria group month by month, this year against last year,
 * for the view unit; and the same figures over the period for each unit below it. Percentages from
 * summed counts. One query over IndicatorTotal (+ the catalogue and the unit lists).
 */
export async function getTrends(actor: Actor, unitId: string | null, filters: DashboardFilters, now = appNow()) {
  assertCan(actor, "dashboard.view");
  const {
    unit,
    year,
    crumbs,
    children,
    period,
    cur,
    catalogue: allDefs,
  } = await loadUnitView(actor, unitId, filters, now);
  const group: CriteriaGroup = filters.group ?? "CRIMINAL";
  const defs = keyIndicators(allDefs, group);
  const byCode = new Map(allDefs.map((d) => [d.code, d]));
  const yearMonths = monthsOfPeriod({ kind: "YEAR", year });
  const buckets = [
    ...yearMonths.map((m) => ({ key: `y${m.month}`, months: [m] })),
    ...yearMonths.map((m) => ({ key: `p${m.month}`, months: [{ year: year - 1, month: m.month }] })),
    { key: "cur", months: cur },
    { key: "base", months: sameMonthsLastYear(cur) },
  ];
  const { sums, self } = await loadViewSums(unit, children, buckets, codesNeeded(defs));

  const series = defs.map((d) => ({
    code: d.code,
    name: d.name,
    unitLabel: d.unitLabel,
    isPercent: d.kind === "RATIO",
    points: yearMonths.map((m) => ({
      month: m.month,
      thisYear: valueOf(d, self, `y${m.month}`, byCode).value,
      lastYear: valueOf(d, self, `p${m.month}`, byCode).value,
    })),
    period: valueOf(d, self, "cur", byCode),
    periodLastYear: valueOf(d, self, "base", byCode),
  }));
  const rows = children.map((c) => ({
    unit: c,
    values: defs.map((d) => ({
      code: d.code,
      cur: valueOf(d, sums.get(c.id), "cur", byCode).value,
      base: valueOf(d, sums.get(c.id), "base", byCode).value,
    })),
  }));
  return {
    unit,
    crumbs,
    group,
    year,
    period,
    months: cur,
    indicators: defs.map((d) => ({
      code: d.code,
      name: d.name,
      unitLabel: d.unitLabel,
      isPercent: d.kind === "RATIO",
      lowerIsBetter: d.lowerIsBetter,
    })),
    series,
    rows,
  };
}
export type Trends = Awaited<ReturnType<typeof getTrends>>;
