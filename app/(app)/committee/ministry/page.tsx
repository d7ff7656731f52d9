import { Card, Notice, PageHeader } from "@/components/ui/card";
import { ReportFiguresCard } from "@/components/committee/report-figures";
import { SubmitProvinceReportForm } from "@/components/committee/province-report-forms";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { addVnDays } from "@/lib/domain/vn-date";
import { formatDate, formatDateTime } from "@/lib/format";
import { getProvinceReport } from "@/lib/server/committee/get-province-report";
import type { ReportFigures } from "@/lib/server/committee/report-figures";
import { pageYear } from "@/lib/server/committee/page-year";
import { t, vi } from "@/lib/i18n/vi";

/** Issue #18 §5: the secretariat's year-end report of its province to the ministry (`?year=`, default this year). */
export default async function ProvinceReportPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("province-report.submit");
  const year = pageYear((await searchParams).year);
  const { report, figures, deadline } = await loadOrNotFound(() => getProvinceReport({ actor, year }));
  const text = vi.committee.ministry;
  const reportText = vi.committee.reports;
  const mayEdit = !report || report.status === "RETURNED";
  return (
    <>
      <PageHeader
        title={t(text.title, { year })}
        subtitle={t(text.subtitle, { deadline: formatDate(addVnDays(deadline, 1)) })}
      />
      {report ? (
        <div className="mb-4" data-testid="province-report-status">
          <Notice tone={report.status === "RETURNED" ? "warning" : "info"}>
            {`${reportText.status}: ${text.statuses[report.status]} · ${reportText.submittedAt}: ${formatDateTime(report.submittedAt)}`}
            {report.returnReason ? ` · ${reportText.returnReason}: ${report.returnReason}` : ""}
          </Notice>
        </div>
      ) : null}
      <ReportFiguresCard figures={mayEdit ? figures : (report as unknown as ReportFigures)} />
      <Card>
        {mayEdit ? (
          <SubmitProvinceReportForm
            year={year}
            resend={!!report}
            initial={{
              results: report?.results ?? "",
              difficulties: report?.difficulties ?? "",
              proposals: report?.proposals ?? "",
            }}
          />
        ) : (
          <dl className="space-y-3">
            {(["results", "difficulties", "proposals"] as const).map((k) => (
              <div key={k}>
                <dt className="font-medium">{text[k]}</dt>
                <dd className="whitespace-pre-line">{report[k]}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
    </>
  );
}
