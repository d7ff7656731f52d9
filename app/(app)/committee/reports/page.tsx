import { Card, PageHeader } from "@/components/ui/card";
import { CompletenessCounts } from "@/components/ui/completeness-counts";
import { Table } from "@/components/ui/table";
import { DecideYearlyReportForm } from "@/components/committee/yearly-report-forms";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { fromDbDay } from "@/lib/domain/vn-date";
import { formatDate, formatDateTime } from "@/lib/format";
import { listYearlyReports } from "@/lib/server/committee/list-yearly-reports";
import { ReporterFiguresCard } from "@/components/committee/reporter-figures";
import type { ReporterFigures } from "@/lib/server/committee/reporter-figures";
import { fundingTotalsForYear } from "@/lib/server/committee/funding-totals";
import { FundingTable } from "@/components/committee/funding-table";
import { pageYear } from "@/lib/server/committee/page-year";
import { t, vi } from "@/lib/i18n/vi";

/** Issue #18 §3: the standing office's table of the year's reports of agencies and district committees. */
export default async function YearlyReportsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("yearly-report.review");
  const year = pageYear((await searchParams).year);
  const [{ programme, rows, counts }, funding] = await Promise.all([
    loadOrNotFound(() => listYearlyReports({ actor, year })),
    fundingTotalsForYear(actor, year),
  ]);
  const text = vi.committee.reports;
  return (
    <>
      <PageHeader
        title={t(text.title, { year })}
        subtitle={`${t(text.completeness, counts)} · ${formatDate(fromDbDay(programme.reportDeadline))}`}
      />
      <Card title={text.completenessTitle} className="mb-6">
        <CompletenessCounts counts={{ ...counts, missing: counts.expected - counts.submitted }} />
      </Card>
      <FundingTable
        title={t(vi.committee.funding.totalsTitle, { year, communes: funding.communes })}
        totals={funding}
      />
      <Card>
        <Table
          head={[
            text.reporter,
            text.status,
            text.submittedAt,
            "",
            text.narrative,
            text.taskOutcomes,
            vi.common.actions,
          ]}
        >
          {rows.map((r) => (
            <tr key={`${r.kind}-${r.id}`} data-testid="yearly-report-row">
              <td>
                <span className="font-medium">{r.name}</span>
                <br />
                <span className="text-xs text-slate-600">{text.kinds[r.kind]}</span>
              </td>
              <td>
                {text.statuses[r.report?.status ?? "MISSING"]}
                {r.report?.returnReason ? (
                  <>
                    <br />
                    <span className="text-xs">{`${text.returnReason}: ${r.report.returnReason}`}</span>
                  </>
                ) : null}
              </td>
              <td className="whitespace-nowrap">{r.report ? formatDateTime(r.report.submittedAt) : ""}</td>
              <td className={r.timeliness === "LATE" ? "text-red-800" : ""}>{text.timeliness[r.timeliness]}</td>
              <td className="max-w-md whitespace-pre-line text-sm">{r.report?.narrative}</td>
              <td className="text-sm">
                {r.report
                  ? (r.report.taskOutcomes as { title: string; status: "NOT_STARTED" | "IN_PROGRESS" | "DONE" }[]).map(
                      (x, i) => <div key={i}>{`${x.title}: ${vi.programme.plans.taskStatus[x.status]}`}</div>,
                    )
                  : null}
              </td>
              <td>
                {r.report ? (
                  <DecideYearlyReportForm
                    reportId={r.report.id}
                    version={r.report.version}
                    status={r.report.status}
                    label={r.name}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      </Card>
      {rows
        .filter((r) => r.report?.figures)
        .map((r) => (
          <section key={`figures-${r.id}`} aria-label={r.name} className="mt-6">
            <h2 className="mb-2 text-lg font-semibold">{r.name}</h2>
            <ReporterFiguresCard year={year} figures={r.report!.figures as unknown as ReporterFigures} />
          </section>
        ))}
    </>
  );
}
