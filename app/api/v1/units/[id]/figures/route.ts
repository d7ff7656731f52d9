import { apiRoute } from "@/lib/server/api/http";
import { filtersOf } from "@/lib/server/dashboards/filters";
import { getUnitFiguresContract } from "@/lib/contracts/api/get-unit-figures";
import { getDrilldown } from "@/lib/server/dashboards/get-drilldown";

export const dynamic = "force-dynamic";

/** Values of every indicator for a unit and a period (the drill-down's numbers), and for the units below it. */
export const GET = apiRoute(getUnitFiguresContract, async (actor, { params, query }) => {
  const d = await getDrilldown(actor, params.id, filtersOf(query));
  return {
    data: {
      unit: { id: d.unit.id, name: d.unit.name, level: d.unit.level },
      year: d.year,
      period: d.period,
      months: d.months,
      indicators: d.indicators.map((i) => ({ id: i.id, code: i.code, name: i.name, group: i.group, kind: i.kind, unitLabel: i.unitLabel, target: i.target, comparator: i.comparator, ...i.self, monthly: i.monthly })),
      children: d.children.map((c) => ({
        id: c.unit.id, name: c.unit.name, level: c.unit.level,
        values: Object.fromEntries(d.indicators.map((i, k) => [i.code, c.values[k]!.value])),
        // Reductions vs last year: the communes they cover (like with like, issue #13).
        coverage: Object.fromEntries(d.indicators.flatMap((i, k) => (c.values[k]!.coverage ? [[i.code, c.values[k]!.coverage]] : []))),
      })),
    },
  };
});
