import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { BarChartBox } from "@/components/dashboard/charts";
import { ChartPanel, Crumbs, DashboardTabs, FilterBar, Num } from "@/components/dashboard/parts";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getDashboardHome, PIPELINE_STAGES } from "@/lib/server/dashboards/get-dashboard-home";
import { filtersQuery, parseFilters } from "@/lib/server/dashboards/filters";
import { formatPercent } from "@/lib/format";
import { FundingTable } from "@/components/committee/funding-table";
import { fundingTotalsForYear } from "@/lib/server/committee/funding-totals";
import { t, vi } from "@/lib/i18n/vi";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Kpi({ label, percent, num, den, met, extra, testId }: { label: string; percent: number | null; num: number; den: number; met: boolean | null; extra?: string; testId: string }) {
  const s = vi.dashboard.home;
  const tone = met === true ? "text-emerald-800" : met === false ? "text-red-800" : "text-slate-700";
  return (
    <Card>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-bold text-brand-700" data-testid={testId} data-value={percent ?? ""}>{formatPercent(percent)}</p>
      <p className="text-sm text-slate-700">{t(s.ofCommunes, { num, den })}</p>
      <p className={`text-sm font-medium ${tone}`}>{met === true ? s.met : met === false ? s.notMet : s.undetermined}</p>
      {extra ? <p className="text-xs text-slate-600">{extra}</p> : null}
    </Card>
  );
}

export default async function DashboardHomePage({ searchParams }: Props) {
  const actor = await requirePageActor("dashboard.view");
  const sp = await searchParams;
  const filters = parseFilters(sp);
  const unitId = typeof sp.unitId === "string" ? sp.unitId : null;
  const d = await loadOrNotFound(() => getDashboardHome(actor, unitId, filters));
  const funding = await fundingTotalsForYear(actor, d.year);
  const s = vi.dashboard.home;
  const q = filtersQuery(filters, { unitId: d.unit.id });
  const pipelineData = PIPELINE_STAGES.map((k) => ({ stage: s.stages[k], value: d.pipeline[k] }));
  return (
    <>
      <PageHeader title={s.title} subtitle={`${d.unit.name} · ${vi.dashboard.filters.year} ${d.year}`} />
      <DashboardTabs active="home" filters={filters} unitId={unitId} />
      {funding.communes ? <FundingTable title={t(vi.committee.funding.totalsTitle, { year: d.year, communes: funding.communes })} totals={funding} /> : null}
      <Crumbs crumbs={d.crumbs} filters={filters} />
      <FilterBar filters={filters} unitId={unitId} showGroup={false} />
      {!d.hasProgramme ? <div className="mb-4"><Notice tone="info">{t(s.noProgramme, { year: d.year })}</Notice></div> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card>
          <p className="text-sm text-slate-600">{t(s.cap, { year: d.year })}</p>
          <p className="mt-1 text-3xl font-bold text-brand-700" data-testid="cap-selected" data-value={d.cap.selected}>{d.cap.selected}</p>
          <p className="text-sm text-slate-700">
            {d.cap.enforcedHere
              ? t(s.capOf, { selected: d.cap.selected, max: d.cap.max, cap: d.cap.capPercent ?? 15, communes: d.cap.communeCount })
              : t(s.capDistrict, { selected: d.cap.selected, communes: d.cap.communeCount })}
          </p>
          {d.cap.enforcedHere && d.cap.max > 0 ? (
            <div className="mt-2 h-2 rounded bg-slate-200" role="img" aria-label={formatPercent((d.cap.selected * 100) / d.cap.max)}>
              <div className={`h-2 rounded ${d.cap.selected > d.cap.max ? "bg-red-700" : "bg-brand-700"}`} style={{ width: `${Math.min(100, (d.cap.selected * 100) / d.cap.max)}%` }} />
            </div>
          ) : null}
        </Card>
        <Kpi testId="kpi-pass-rate" label={t(s.passRate, { target: d.kpis.passRate.target })} percent={d.kpis.passRate.percent} num={d.kpis.passRate.num} den={d.kpis.passRate.den} met={d.kpis.passRate.met}
          extra={d.kpis.passRate.pending ? t(s.pending, { n: d.kpis.passRate.pending }) : undefined} />
        <Kpi testId="kpi-no-relapse" label={t(s.noRelapse, { target: d.kpis.noRelapse.target })} percent={d.kpis.noRelapse.percent} num={d.kpis.noRelapse.num} den={d.kpis.noRelapse.den} met={d.kpis.noRelapse.met}
          extra={t(s.cumulative, { pr: formatPercent(d.kpis.cumulativePassRate.percent), nr: formatPercent(d.kpis.cumulativeNoRelapse.percent) })} />
        <Card>
          <p className="text-sm text-slate-600">{t(s.reporting, { month: d.reporting.month, year: d.reporting.year })}</p>
          <p className="mt-1 text-3xl font-bold text-brand-700" data-testid="reporting-completeness" data-value={d.reporting.completeness ?? ""}>{formatPercent(d.reporting.completeness)}</p>
          <dl className="grid grid-cols-2 gap-x-2 text-sm text-slate-700">
            <dt>{s.completeness}</dt><dd>{d.reporting.submitted}/{d.reporting.expected}</dd>
            <dt>{s.accepted}</dt><dd>{d.reporting.accepted}</dd>
            <dt>{s.timeliness}</dt><dd>{formatPercent(d.reporting.timeliness)}</dd>
            <dt>{s.returned}</dt><dd>{d.reporting.returned}</dd>
          </dl>
        </Card>
      </div>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <ChartPanel
          id="pipeline"
          title={t(s.pipeline, { year: d.year })}
          exportHref={`/dashboard/export${filtersQuery(filters, { unitId: d.unit.id, view: "home" })}`}
          chart={<BarChartBox data={pipelineData} xKey="stage" series={[{ key: "value", label: "Số xã", color: "#0b4a6f" }]} layout="vertical" height={260} />}
          table={
            <Table head={["Giai đoạn", "Số xã"]} caption={t(s.pipeline, { year: d.year })}>
              {PIPELINE_STAGES.map((k) => <tr key={k} data-key={k}><td>{s.stages[k]}</td><Num value={d.pipeline[k]} /></tr>)}
            </Table>
          }
        />
        <Card title={s.atRisk}>
          {d.atRisk.length === 0 ? <p data-testid="at-risk-none">{s.atRiskNone}</p> : (
            <ul className="space-y-2" data-testid="at-risk">
              {d.atRisk.map((r) => (
                <li key={r.communeId} className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
                  <Link className="font-medium text-brand-700 underline" href={`/dashboard/units/${r.communeId}${filtersQuery(filters)}`}>{r.communeName}</Link>
                  {" · "}{t(s.achievedOf, { a: r.achieved, e: r.evaluated })}
                  {r.offTrack ? ` · ${s.offTrack}` : null}
                  {r.missed.length ? <span className="block text-slate-700">{r.missed.join("; ")}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <p className="mt-6 text-sm"><Link className="text-brand-700 underline" href={`/dashboard/trends${q}`}>{vi.dashboard.tabs.trends}</Link> · <Link className="text-brand-700 underline" href={`/dashboard/units/${d.unit.id}${filtersQuery(filters)}`}>{vi.dashboard.tabs.drill}</Link></p>
    </>
  );
}
