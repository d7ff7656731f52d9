import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { SubmitYearlyReportForm } from "@/components/committee/yearly-report-forms";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { maySubmit } from "@/lib/domain/yearly-report";
import { addVnDays, fromDbDay } from "@/lib/domain/vn-date";
import { formatDate, formatDateTime } from "@/lib/format";
import { getOwnYearlyReport } from "@/lib/server/committee/get-own-yearly-report";
import { ReporterFiguresCard } from "@/components/committee/reporter-figures";
import { pageYear } from "@/lib/server/committee/page-year";
import { t, vi } from "@/lib/i18n/vi";

/** Issue #18 §3: the agency's or district committee's own yearly result report (`?year=`, default this year). */
export default async function OwnYearlyReportPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("yearly-report.submit");
  const year = pageYear((await searchParams).year);
  const { programme, report, tasks, figures } = await loadOrNotFound(() => getOwnYearlyReport({ actor, year }));
  const text = vi.committee.reports;
  const planText = vi.programme.plans;
  const last = fromDbDay(programme.reportDeadline);
  return (
    <>
      <PageHeader
        title={t(text.title, { year })}
        subtitle={t(text.ownSubtitle, { deadline: formatDate(addVnDays(last, 1)), last: formatDate(last) })}
      />
      {report ? (
        <div className="mb-4" data-testid="yearly-report-status">
          <Notice tone={report.status === "RETURNED" ? "warning" : "info"}>
            {`${text.status}: ${text.statuses[report.status]} · ${text.submittedAt}: ${formatDateTime(report.submittedAt)}`}
            {report.returnReason ? ` · ${text.returnReason}: ${report.returnReason}` : ""}
          </Notice>
        </div>
      ) : null}
      <Card title={text.taskOutcomes} className="mb-6">
        <Table head={[planText.area, planText.task, planText.dueDate, vi.programme.status, planText.evidence]}>
          {tasks.map((x, i) => (
            <tr key={i}>
              <td>{x.area}</td>
              <td>{x.title}</td>
              <td>{formatDate(new Date(`${x.dueDate}T00:00:00Z`))}</td>
              <td>{planText.taskStatus[x.status]}</td>
              <td>{x.evidence}</td>
            </tr>
          ))}
        </Table>
      </Card>
      <ReporterFiguresCard year={year} figures={figures} />
      {maySubmit(report?.status ?? null) ? (
        <Card>
          <SubmitYearlyReportForm year={year} narrative={report?.narrative ?? ""} resend={!!report} />
        </Card>
      ) : (
        <Card>
          <p className="whitespace-pre-line">{report?.narrative}</p>
        </Card>
      )}
    </>
  );
}
