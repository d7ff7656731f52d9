import { apiRoute } from "@/lib/server/api/http";
import { filtersOf } from "@/lib/server/dashboards/filters";
import { getUnitFiguresContract } from "@/lib/contracts/api/get-unit-figures";
import { getDrilldown } from "@/lib/server/dashboards/get-drilldown";

export const dynamic = "force-dynamic";

/** Values of every indicator for a unit and a period (the drill-down's numbers), and for the units below it. */
export const GET = apiRoute(getUnitFiguresContract, async (actor, { params, query }) => {
  const drilldown = await getDrilldown(actor, params.id, filtersOf(query));
  return {
    data: {
      unit: { id: drilldown.unit.id, name: drilldown.unit.name, level: drilldown.unit.level },
      year: drilldown.year,
      period: drilldown.period,
      months: drilldown.months,
      indicators: drilldown.indicators.map((i) => ({
        id: i.id,
        code: i.code,
        name: i.name,
        group: i.group,
        kind: i.kind,
        unitLabel: i.unitLabel,
        target: i.target,
        comparator: i.comparator,
        ...i.self,
        monthly: i.monthly,
      })),
      children: drilldown.children.map((c) => ({
        id: c.unit.id,
        name: c.unit.name,
        level: c.unit.level,
        values: Object.fromEntries(drilldown.indicators.map((i, k) => [i.code, c.values[k]!.value])),
        // Reductions vs last year: the communes they cover (like with like, issue #13).
        coverage: Object.fromEntries(
          drilldown.indicators.flatMap((i, k) => (c.values[k]!.coverage ? [[i.code, c.values[k]!.coverage]] : [])),
        ),
      })),
    },
  };
});
