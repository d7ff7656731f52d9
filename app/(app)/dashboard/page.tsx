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

function Kpi({
  label,
  percent,
  num,
  den,
  met,
  extra,
  testId,
}: {
  label: string;
  percent: number | null;
  num: number;
  den: number;
  met: boolean | null;
  extra?: string;
  testId: string;
}) {
  const text = vi.dashboard.home;
  const tone = met === true ? "text-emerald-800" : met === false ? "text-red-800" : "text-slate-700";
  return (
    <Card>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-bold text-brand-700" data-testid={testId} data-value={percent ?? ""}>
        {formatPercent(percent)}
      </p>
      <p className="text-sm text-slate-700">{t(text.ofCommunes, { num, den })}</p>
      <p className={`text-sm font-medium ${tone}`}>
        {met === true ? text.met : met === false ? text.notMet : text.undetermined}
      </p>
      {extra ? <p className="text-xs text-slate-600">{extra}</p> : null}
    </Card>
  );
}

export default async function DashboardHomePage({ searchParams }: Props) {
  const actor = await requirePageActor("dashboard.view");
  const sp = await searchParams;
  const filters = parseFilters(sp);
  const unitId = typeof sp.unitId === "string" ? sp.unitId : null;
  const dashboardHome = await loadOrNotFound(() => getDashboardHome(actor, unitId, filters));
  const funding = await fundingTotalsForYear(actor, dashboardHome.year);
  const text = vi.dashboard.home;
  const query = filtersQuery(filters, { unitId: dashboardHome.unit.id });
  const pipelineData = PIPELINE_STAGES.map((k) => ({ stage: text.stages[k], value: dashboardHome.pipeline[k] }));
  return (
    <>
      <PageHeader
        title={text.title}
        subtitle={`${dashboardHome.unit.name} · ${vi.dashboard.filters.year} ${dashboardHome.year}`}
      />
      <DashboardTabs active="home" filters={filters} unitId={unitId} />
      {funding.communes ? (
        <FundingTable
          title={t(vi.committee.funding.totalsTitle, { year: dashboardHome.year, communes: funding.communes })}
          totals={funding}
        />
      ) : null}
      <Crumbs crumbs={dashboardHome.crumbs} filters={filters} />
      <FilterBar filters={filters} unitId={unitId} showGroup={false} />
      {!dashboardHome.hasProgramme ? (
        <div className="mb-4">
          <Notice tone="info">{t(text.noProgramme, { year: dashboardHome.year })}</Notice>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card>
          <p className="text-sm text-slate-600">{t(text.cap, { year: dashboardHome.year })}</p>
          <p
            className="mt-1 text-3xl font-bold text-brand-700"
            data-testid="cap-selected"
            data-value={dashboardHome.cap.selected}
          >
            {dashboardHome.cap.selected}
          </p>
          <p className="text-sm text-slate-700">
            {dashboardHome.cap.enforcedHere
              ? t(text.capOf, {
                  selected: dashboardHome.cap.selected,
                  max: dashboardHome.cap.max,
                  cap: dashboardHome.cap.capPercent ?? 15,
                  communes: dashboardHome.cap.communeCount,
                })
              : t(text.capDistrict, { selected: dashboardHome.cap.selected, communes: dashboardHome.cap.communeCount })}
          </p>
          {dashboardHome.cap.enforcedHere && dashboardHome.cap.max > 0 ? (
            <div
              className="mt-2 h-2 rounded bg-slate-200"
              role="img"
              aria-label={formatPercent((dashboardHome.cap.selected * 100) / dashboardHome.cap.max)}
            >
              <div
                className={`h-2 rounded ${dashboardHome.cap.selected > dashboardHome.cap.max ? "bg-red-700" : "bg-brand-700"}`}
                style={{ width: `${Math.min(100, (dashboardHome.cap.selected * 100) / dashboardHome.cap.max)}%` }}
              />
            </div>
          ) : null}
        </Card>
        <Kpi
          testId="kpi-pass-rate"
          label={t(text.passRate, { target: dashboardHome.kpis.passRate.target })}
          percent={dashboardHome.kpis.passRate.percent}
          num={dashboardHome.kpis.passRate.num}
          den={dashboardHome.kpis.passRate.den}
          met={dashboardHome.kpis.passRate.met}
          extra={
            dashboardHome.kpis.passRate.pending
              ? t(text.pending, { n: dashboardHome.kpis.passRate.pending })
              : undefined
          }
        />
        <Kpi
          testId="kpi-no-relapse"
          label={t(text.noRelapse, { target: dashboardHome.kpis.noRelapse.target })}
          percent={dashboardHome.kpis.noRelapse.percent}
          num={dashboardHome.kpis.noRelapse.num}
          den={dashboardHome.kpis.noRelapse.den}
          met={dashboardHome.kpis.noRelapse.met}
          extra={t(text.cumulative, {
            pr: formatPercent(dashboardHome.kpis.cumulativePassRate.percent),
            nr: formatPercent(dashboardHome.kpis.cumulativeNoRelapse.percent),
          })}
        />
        <Card>
          <p className="text-sm text-slate-600">
            {t(text.reporting, { month: dashboardHome.reporting.month, year: dashboardHome.reporting.year })}
          </p>
          <p
            className="mt-1 text-3xl font-bold text-brand-700"
            data-testid="reporting-completeness"
            data-value={dashboardHome.reporting.completeness ?? ""}
          >
            {formatPercent(dashboardHome.reporting.completeness)}
          </p>
          <dl className="grid grid-cols-2 gap-x-2 text-sm text-slate-700">
            <dt>{text.completeness}</dt>
            <dd>
              {dashboardHome.reporting.submitted}/{dashboardHome.reporting.expected}
            </dd>
            <dt>{text.accepted}</dt>
            <dd>{dashboardHome.reporting.accepted}</dd>
            <dt>{text.timeliness}</dt>
            <dd>{formatPercent(dashboardHome.reporting.timeliness)}</dd>
            <dt>{text.returned}</dt>
            <dd>{dashboardHome.reporting.returned}</dd>
          </dl>
        </Card>
      </div>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <ChartPanel
          id="pipeline"
          title={t(text.pipeline, { year: dashboardHome.year })}
          exportHref={`/dashboard/export${filtersQuery(filters, { unitId: dashboardHome.unit.id, view: "home" })}`}
          chart={
            <BarChartBox
              data={pipelineData}
              xKey="stage"
              series={[{ key: "value", label: "Số xã", color: "#0b4a6f" }]}
              layout="vertical"
              height={260}
            />
          }
          table={
            <Table head={["Giai đoạn", "Số xã"]} caption={t(text.pipeline, { year: dashboardHome.year })}>
              {PIPELINE_STAGES.map((k) => (
                <tr key={k} data-key={k}>
                  <td>{text.stages[k]}</td>
                  <Num value={dashboardHome.pipeline[k]} />
                </tr>
              ))}
            </Table>
          }
        />
        <Card title={text.atRisk}>
          {dashboardHome.atRisk.length === 0 ? (
            <p data-testid="at-risk-none">{text.atRiskNone}</p>
          ) : (
            <ul className="space-y-2" data-testid="at-risk">
              {dashboardHome.atRisk.map((r) => (
                <li key={r.communeId} className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
                  <Link
                    className="font-medium text-brand-700 underline"
                    href={`/dashboard/units/${r.communeId}${filtersQuery(filters)}`}
                  >
                    {r.communeName}
                  </Link>
                  {" · "}
                  {t(text.achievedOf, { a: r.achieved, e: r.evaluated })}
                  {r.offTrack ? ` · ${text.offTrack}` : null}
                  {r.missed.length ? <span className="block text-slate-700">{r.missed.join("; ")}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <p className="mt-6 text-sm">
        <Link className="text-brand-700 underline" href={`/dashboard/trends${query}`}>
          {vi.dashboard.tabs.trends}
        </Link>{" "}
        ·{" "}
        <Link
          className="text-brand-700 underline"
          href={`/dashboard/units/${dashboardHome.unit.id}${filtersQuery(filters)}`}
        >
          {vi.dashboard.tabs.drill}
        </Link>
      </p>
    </>
  );
}
