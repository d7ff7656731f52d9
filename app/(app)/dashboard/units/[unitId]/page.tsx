import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { UnitPicker } from "@/components/units/unit-picker";
import { Crumbs, DashboardTabs, FilterBar, Num } from "@/components/dashboard/parts";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getDrilldown } from "@/lib/server/dashboards/get-drilldown";
import { filtersQuery, parseFilters } from "@/lib/server/dashboards/filters";
import { periodLabel } from "@/lib/domain/period";
import { formatPercent } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DrillPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("dashboard.view");
  const { unitId } = await params;
  const filters = parseFilters(await searchParams);
  const drilldown = await loadOrNotFound(() => getDrilldown(actor, unitId, filters));
  const text = vi.dashboard.drill;
  const query = filtersQuery(filters);
  const isCommune = drilldown.unit.level === "COMMUNE";
  return (
    <>
      <PageHeader
        title={`${text.title}: ${drilldown.unit.name}`}
        subtitle={periodLabel(drilldown.period)}
        actions={
          <a
            className="no-print text-sm text-brand-700 underline"
            href={`/dashboard/export${filtersQuery(filters, { unitId: drilldown.unit.id, view: "drill" })}`}
            download
          >
            {vi.dashboard.chart.excel}
          </a>
        }
      />
      <DashboardTabs active="drill" filters={filters} unitId={drilldown.unit.id} />
      <Crumbs crumbs={drilldown.crumbs} filters={filters} />
      <FilterBar filters={filters} />
      <div className="no-print mb-4 max-w-xl">
        <UnitPicker id="drill-unit-search" hrefPrefix="/dashboard/units/" hrefSuffix={query} />
      </div>
      <Card title={drilldown.unit.name}>
        <div data-testid="drill-self">
          <Table
            head={[text.indicator, text.value, text.target, ...(isCommune ? [text.monthly] : [])]}
            caption={`${text.title}: ${drilldown.unit.name}`}
          >
            {drilldown.indicators.map((i) => (
              <tr key={i.code} data-code={i.code}>
                <td>
                  {isCommune ? (
                    <Link
                      className="text-brand-700 underline"
                      href={`/dashboard/units/${drilldown.unit.id}/indicators/${i.id}${query}`}
                    >
                      {i.name}
                    </Link>
                  ) : (
                    i.name
                  )}
                </td>
                <Num value={i.self.value} percent={i.isPercent} coverage={i.self.coverage} />
                <td>
                  {i.target === null
                    ? ""
                    : `${i.comparator === "LTE" ? "≤" : i.comparator === "EQ" ? "=" : "≥"} ${i.isPercent ? formatPercent(i.target) : i.target}`}
                  {i.self.achieved === true ? " ✓" : i.self.achieved === false ? " ✗" : ""}
                </td>
                {isCommune ? (
                  <td className="text-xs text-slate-700">
                    {i.monthly
                      .map(
                        (m) =>
                          `T${m.month}: ${m.value === null ? "—" : i.isPercent ? formatPercent(m.value) : m.value}`,
                      )
                      .join(" · ")}
                  </td>
                ) : null}
              </tr>
            ))}
          </Table>
        </div>
      </Card>
      {drilldown.children.length > 0 ? (
        <Card title={text.children} className="mt-6">
          <div data-testid="drill-children">
            <Table
              head={[vi.dashboard.ranking.unit, ...drilldown.indicators.map((i) => i.name)]}
              caption={text.children}
            >
              {drilldown.children.map((c) => (
                <tr key={c.unit.id} data-unit={c.unit.id}>
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    <Link className="text-brand-700 underline" href={`/dashboard/units/${c.unit.id}${query}`}>
                      {c.unit.name}
                    </Link>
                  </th>
                  {c.values.map((v, k) => (
                    <Num key={k} value={v.value} percent={drilldown.indicators[k]!.isPercent} coverage={v.coverage} />
                  ))}
                </tr>
              ))}
            </Table>
          </div>
        </Card>
      ) : null}
    </>
  );
}
