import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { BarChartBox } from "@/components/dashboard/charts";
import { ChartPanel, Crumbs, DashboardTabs, FilterBar } from "@/components/dashboard/parts";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getRanking, type Ranking } from "@/lib/server/dashboards/get-ranking";
import { filtersQuery, parseFilters, type DashboardFilters } from "@/lib/server/dashboards/filters";
import { periodLabel } from "@/lib/domain/period";
import { formatPercent } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const BAND_CLASS = {
  GOOD: "bg-emerald-100 text-emerald-900",
  WATCH: "bg-amber-100 text-amber-900",
  POOR: "bg-red-100 text-red-900",
  NONE: "bg-slate-100 text-slate-700",
} as const;

function RankTable({
  rows,
  d: ranking,
  filters,
  caption,
  id,
}: {
  rows: Ranking["units"];
  d: Ranking;
  filters: DashboardFilters;
  caption: string;
  id: string;
}) {
  const text = vi.dashboard.ranking;
  return (
    <div data-testid={id}>
      <Table head={["#", text.unit, text.achieved, text.share, text.previous, text.trend]} caption={caption}>
        {rows.map((r, i) => (
          <tr key={r.id} data-unit={r.id}>
            <td>{i + 1}</td>
            <td>
              <Link className="text-brand-700 underline" href={`/dashboard/units/${r.id}${filtersQuery(filters)}`}>
                {r.name}
              </Link>
            </td>
            <td data-value={r.achieved}>
              {r.achieved}/{r.evaluated}
            </td>
            <td>
              <span className={`rounded px-2 py-0.5 ${BAND_CLASS[r.band]}`} data-value={r.share ?? ""}>
                {formatPercent(r.share)} · {t(text.bands[r.band], { t: ranking.threshold })}
              </span>
            </td>
            <td data-value={r.previousShare ?? ""}>{formatPercent(r.previousShare)}</td>
            <td>{text.trendLabels[r.trend as keyof typeof text.trendLabels]}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}

export default async function RankingPage({ searchParams }: Props) {
  const actor = await requirePageActor("dashboard.view");
  const sp = await searchParams;
  const filters = parseFilters(sp);
  const unitId = typeof sp.unitId === "string" ? sp.unitId : null;
  const ranking = await loadOrNotFound(() => getRanking(actor, unitId, filters));
  const text = vi.dashboard.ranking;
  return (
    <>
      <PageHeader title={text.title} subtitle={`${ranking.unit.name} · ${periodLabel(ranking.period)}`} />
      <DashboardTabs active="ranking" filters={filters} unitId={unitId} />
      <Crumbs crumbs={ranking.crumbs} filters={filters} />
      <FilterBar filters={filters} unitId={unitId} />
      {ranking.units.length > 0 ? (
        <ChartPanel
          id="ranking-units"
          title={`${text.units}: ${text.share}`}
          exportHref={`/dashboard/export${filtersQuery(filters, { unitId: ranking.unit.id, view: "ranking" })}`}
          chart={
            <BarChartBox
              data={ranking.units.map((u) => ({
                name: u.name,
                share: u.share === null ? 0 : Math.round(u.share * 10) / 10,
              }))}
              xKey="name"
              layout="vertical"
              height={Math.max(160, ranking.units.length * 28)}
              series={[{ key: "share", label: text.share, color: "#0b4a6f" }]}
            />
          }
          table={<RankTable rows={ranking.units} d={ranking} filters={filters} caption={text.units} id="rank-units" />}
        />
      ) : null}
      <Card title={t(text.communes, { year: ranking.year })} className="mt-6">
        {ranking.communes.length === 0 ? (
          <p>{vi.common.none}</p>
        ) : (
          <RankTable
            rows={ranking.communes}
            d={ranking}
            filters={filters}
            caption={t(text.communes, { year: ranking.year })}
            id="rank-communes"
          />
        )}
      </Card>
      <Card title={vi.dashboard.drill.target} className="mt-6">
        <Table head={[vi.dashboard.drill.indicator, vi.dashboard.drill.target]} caption={vi.dashboard.drill.target}>
          {ranking.indicators.map((i) => (
            <tr key={i.code}>
              <td>{i.name}</td>
              <td>
                {i.comparator === "LTE" ? "≤" : i.comparator === "EQ" ? "=" : "≥"}{" "}
                {i.isPercent ? formatPercent(i.target) : i.target}
              </td>
            </tr>
          ))}
        </Table>
      </Card>
    </>
  );
}
