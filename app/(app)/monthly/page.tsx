import Link from "next/link";
import { CompletenessCounts } from "@/components/ui/completeness-counts";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { CommuneStatusTable } from "@/components/monthly/bulk-accept";
import { DistrictReportForm, DistrictReviewButtons } from "@/components/monthly/district-report-form";
import { requirePageActor, loadOrNotFound } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { addMonthsYM, yearMonthOf } from "@/lib/domain/period";
import { formatDate, formatDateTime } from "@/lib/format";
import { getMonthOverview } from "@/lib/server/monthly/get-month-overview";
import { getCommuneMonths } from "@/lib/server/monthly/commune-months";
import { listProvincesInScope } from "@/lib/server/units/list-provinces-in-scope";
import { vi } from "@/lib/i18n/vi";
import { appNow } from "@/lib/clock";

type Search = Promise<{ year?: string; month?: string; unit?: string }>;

function pickMonth(sp: { year?: string; month?: string }) {
  const now = yearMonthOf(appNow());
  const year = Number(sp.year),
    month = Number(sp.month);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 && Number.isInteger(month) && month >= 1 && month <= 12
    ? { year, month }
    : now;
}

export default async function MonthlyPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageActor("monthly.view");
  const sp = await searchParams;
  const { year, month } = pickMonth(sp);
  const prev = addMonthsYM({ year, month }, -1),
    next = addMonthsYM({ year, month }, 1);
  const nav = (ym: { year: number; month: number }) =>
    `/monthly?year=${ym.year}&month=${ym.month}${sp.unit ? `&unit=${sp.unit}` : ""}`;

  if (actor.role === "COMMUNE_POLICE") {
    const { current: cur, months } = await getCommuneMonths(actor);
    return (
      <>
        <PageHeader
          title={vi.monthly.title}
          subtitle={actor.unitName}
          actions={
            <Link
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white"
              href={`/monthly/${actor.unitId}/${cur.year}/${cur.month}`}
            >
              Nhập số liệu tháng {cur.month}/{cur.year}
            </Link>
          }
        />
        <Card>
          <ul className="divide-y">
            {months.map((m) => {
              const report = m.report;
              return (
                <li key={`${m.year}-${m.month}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link className="text-brand-700 underline" href={`/monthly/${actor.unitId}/${m.year}/${m.month}`}>
                    Tháng {m.month}/{m.year}
                  </Link>
                  <span className="text-sm">
                    {vi.monthly.status[report?.status ?? "NONE"]}
                    {report?.submittedAt ? ` · gửi ${formatDateTime(report.submittedAt)}` : ""}
                  </span>
                  {report?.status === "RETURNED" && report.returnReason ? (
                    <span className="w-full text-sm text-red-800">Lý do trả lại: {report.returnReason}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Card>
      </>
    );
  }

  const unitId = sp.unit ?? actor.unitId;
  const monthOverview = await loadOrNotFound(() => getMonthOverview(actor, unitId, year, month));
  if (!monthOverview.provinceId || !monthOverview.counts || !monthOverview.deadline) {
    const provinces = await listProvincesInScope(actor);
    return (
      <>
        <PageHeader title={vi.monthly.title} subtitle="Chọn tỉnh" />
        <Card>
          <ul className="space-y-1">
            {provinces.map((p) => (
              <li key={p.id}>
                <Link className="text-brand-700 underline" href={`/monthly?unit=${p.id}&year=${year}&month=${month}`}>
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </>
    );
  }
  const own = monthOverview.districtReports.find((d) => d.unitId === actor.unitId) ?? null;
  const below = monthOverview.districtReports.filter((d) => d.unitId !== actor.unitId);
  const canReview = can(actor.role, "monthly.review");
  const isReportingUnit = can(actor.role, "district-report.submit") && monthOverview.unit.id === actor.unitId;
  return (
    <>
      <PageHeader
        title={`${vi.monthly.title} – tháng ${month}/${year}`}
        subtitle={monthOverview.unit.name}
        actions={
          <div className="flex flex-wrap gap-2 text-sm">
            <Link className="rounded-md border px-3 py-2" href={nav(prev)}>
              ← Tháng {prev.month}/{prev.year}
            </Link>
            <Link className="rounded-md border px-3 py-2" href={nav(next)}>
              Tháng {next.month}/{next.year} →
            </Link>
            <Link
              className="rounded-md border px-3 py-2"
              href={`/monthly/summary?unit=${monthOverview.unit.id}&year=${year}`}
            >
              {vi.monthly.summary}
            </Link>
          </div>
        }
      />
      <Card title={vi.monthly.completeness} className="mb-6">
        <p className="mb-3 text-sm text-slate-600">
          Hạn gửi số liệu: hết ngày {formatDate(monthOverview.deadline.dueDate)}.
        </p>
        <CompletenessCounts counts={monthOverview.counts!} />
        <CommuneStatusTable
          year={year}
          month={month}
          canReview={canReview}
          rows={monthOverview.communes.map((r) => ({
            communeId: r.commune.id,
            communeName: r.commune.name,
            parentName:
              r.commune.parent?.level === "DISTRICT" && r.commune.parent.id !== monthOverview.unit.id
                ? r.commune.parent.name
                : null,
            selected: r.selected,
            reportId: r.report?.id ?? null,
            status: r.report?.status ?? null,
            submittedAt: r.report?.submittedAt?.toISOString() ?? null,
            timeliness: r.timeliness,
          }))}
        />
      </Card>
      {isReportingUnit ? (
        <Card title={vi.monthly.districtReport} className="mb-6">
          {own ? (
            <p className="mb-2 text-sm">
              Trạng thái: <strong data-testid="district-status">{vi.monthly.status[own.status]}</strong>
              {own.submittedAt ? ` · gửi ${formatDateTime(own.submittedAt)}` : ""}
            </p>
          ) : null}
          {own?.status === "RETURNED" ? (
            <div className="mb-2">
              <Notice tone="error">Tỉnh trả lại với lý do: {own.returnReason}</Notice>
            </div>
          ) : null}
          <DistrictReportForm
            unitId={monthOverview.unit.id}
            year={year}
            month={month}
            version={own?.version ?? 0}
            narrative={own?.narrative ?? ""}
            editable={!own || own.status === "DRAFT" || own.status === "RETURNED"}
            missing={monthOverview.counts.missing}
          />
        </Card>
      ) : null}
      {below.length > 0 ? (
        <Card title={vi.monthly.districtReports} className="mb-6">
          <ul className="divide-y">
            {below.map((d) => (
              <li key={d.id} className="space-y-2 py-3" data-testid={`district-report-${d.unit.name}`}>
                <p className="font-medium">
                  {d.unit.name} · {vi.monthly.status[d.status]}
                  {d.submittedAt ? ` · ${formatDateTime(d.submittedAt)}` : ""}
                </p>
                <p className="whitespace-pre-wrap text-sm text-slate-700">{d.narrative}</p>
                {d.status === "RETURNED" && d.returnReason ? (
                  <p className="text-sm text-red-800">Lý do trả lại: {d.returnReason}</p>
                ) : null}
                {d.status === "SUBMITTED" && canReview ? (
                  <DistrictReviewButtons reportId={d.id} version={d.version} unitName={d.unit.name} />
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
