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
  const d = await loadOrNotFound(() => getTrends(actor, unitId, filters));
  const s = vi.dashboard.trends;
  const shown = { ...filters, group: d.group };
  const thisY = t(s.thisYear, { year: d.year });
  const lastY = t(s.lastYear, { year: d.year - 1 });
  return (
    <>
      <PageHeader title={`${s.title}: ${CRITERIA_GROUP_LABELS[d.group]}`} subtitle={`${d.unit.name} · ${periodLabel(d.period)}`} />
      <DashboardTabs active="trends" filters={filters} unitId={unitId} />
      <Crumbs crumbs={d.crumbs} filters={filters} />
      <FilterBar filters={shown} unitId={unitId} />
      {d.series.length === 0 ? <Notice tone="info">{s.noIndicators}</Notice> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {d.series.map((se) => (
          <ChartPanel
            key={se.code}
            id={`trend-${se.code}`}
            title={`${se.name}${se.isPercent ? " (%)" : se.unitLabel ? ` (${se.unitLabel})` : ""}`}
            exportHref={`/dashboard/export${filtersQuery(shown, { unitId: d.unit.id, view: "trends" })}`}
            chart={<LineChartBox data={se.points.map((p) => ({ month: `T${p.month}`, thisYear: p.thisYear, lastYear: p.lastYear }))} xKey="month"
              series={[{ key: "thisYear", label: thisY, color: "#0b4a6f" }, { key: "lastYear", label: lastY, color: "#b45309" }]} />}
            table={
              <Table head={[s.month, thisY, lastY]} caption={se.name}>
                {se.points.map((p) => <tr key={p.month} data-month={p.month}><td>{p.month}</td><Num value={p.thisYear} percent={se.isPercent} /><Num value={p.lastYear} percent={se.isPercent} /></tr>)}
              </Table>
            }
          />
        ))}
      </div>
      {d.rows.length > 0 && d.indicators.length > 0 ? (
        <Card title={s.byUnit} className="mt-6">
          <div data-testid="trend-units">
            <Table head={[vi.dashboard.ranking.unit, ...d.indicators.flatMap((i) => [i.name, `${i.name} (${s.samePeriod})`])]} caption={s.byUnit}>
              {d.rows.map((r) => (
                <tr key={r.unit.id} data-unit={r.unit.id}>
                  <td><Link className="text-brand-700 underline" href={`/dashboard/trends${filtersQuery(shown, { unitId: r.unit.id })}`}>{r.unit.name}</Link></td>
                  {r.values.flatMap((v, k) => [<Num key={`${v.code}c`} value={v.cur} percent={d.indicators[k]!.isPercent} />, <Num key={`${v.code}b`} value={v.base} percent={d.indicators[k]!.isPercent} />])}
                </tr>
              ))}
            </Table>
          </div>
        </Card>
      ) : null}
    </>
  );
}
