import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { LineChartBox } from "@/components/dashboard/charts";
import { ChartPanel, Crumbs, DashboardTabs, FilterBar, Num } from "@/components/dashboard/parts";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getTrends } from "@/lib/server/dashboards/get-trends";
import { filtersQuery, parseFilters } from "@/lib/server/dashboards/filters";
import { CRITERIA_GROUP_LABELS } from "@/lib/domain/types";
import { periodLabel } from "@/lib/domain/period";
import { t, vi } from "@/lib/i18n/vi";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrendsPage({ searchParams }: Props) {
  const actor = await requirePageActor("dashboard.view");
  const sp = await searchParams;
  const filters = parseFilters(sp);
  const unitId = typeof sp.unitId === "string" ? sp.unitId : null;
  const trends = await loadOrNotFound(() => getTrends(actor, unitId, filters));
  const text = vi.dashboard.trends;
  const shown = { ...filters, group: trends.group };
  const thisY = t(text.thisYear, { year: trends.year });
  const lastY = t(text.lastYear, { year: trends.year - 1 });
  return (
    <>
      <PageHeader
        title={`${text.title}: ${CRITERIA_GROUP_LABELS[trends.group]}`}
        subtitle={`${trends.unit.name} · ${periodLabel(trends.period)}`}
      />
      <DashboardTabs active="trends" filters={filters} unitId={unitId} />
      <Crumbs crumbs={trends.crumbs} filters={filters} />
      <FilterBar filters={shown} unitId={unitId} />
      {trends.series.length === 0 ? <Notice tone="info">{text.noIndicators}</Notice> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {trends.series.map((se) => (
          <ChartPanel
            key={se.code}
            id={`trend-${se.code}`}
            title={`${se.name}${se.isPercent ? " (%)" : se.unitLabel ? ` (${se.unitLabel})` : ""}`}
            exportHref={`/dashboard/export${filtersQuery(shown, { unitId: trends.unit.id, view: "trends" })}`}
            chart={
              <LineChartBox
                data={se.points.map((p) => ({ month: `T${p.month}`, thisYear: p.thisYear, lastYear: p.lastYear }))}
                xKey="month"
                series={[
                  { key: "thisYear", label: thisY, color: "#0b4a6f" },
                  { key: "lastYear", label: lastY, color: "#b45309" },
                ]}
              />
            }
            table={
              <Table head={[text.month, thisY, lastY]} caption={se.name}>
                {se.points.map((p) => (
                  <tr key={p.month} data-month={p.month}>
                    <td>{p.month}</td>
                    <Num value={p.thisYear} percent={se.isPercent} />
                    <Num value={p.lastYear} percent={se.isPercent} />
                  </tr>
                ))}
              </Table>
            }
          />
        ))}
      </div>
      {trends.rows.length > 0 && trends.indicators.length > 0 ? (
        <Card title={text.byUnit} className="mt-6">
          <div data-testid="trend-units">
            <Table
              head={[
                vi.dashboard.ranking.unit,
                ...trends.indicators.flatMap((i) => [i.name, `${i.name} (${text.samePeriod})`]),
              ]}
              caption={text.byUnit}
            >
              {trends.rows.map((r) => (
                <tr key={r.unit.id} data-unit={r.unit.id}>
                  <td>
                    <Link
                      className="text-brand-700 underline"
                      href={`/dashboard/trends${filtersQuery(shown, { unitId: r.unit.id })}`}
                    >
                      {r.unit.name}
                    </Link>
                  </td>
                  {r.values.flatMap((v, k) => [
                    <Num key={`${v.code}c`} value={v.cur} percent={trends.indicators[k]!.isPercent} />,
                    <Num key={`${v.code}b`} value={v.base} percent={trends.indicators[k]!.isPercent} />,
                  ])}
                </tr>
              ))}
            </Table>
          </div>
        </Card>
      ) : null}
    </>
  );
}
