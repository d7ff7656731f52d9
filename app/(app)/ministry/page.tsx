import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { ReportFiguresCard } from "@/components/committee/report-figures";
import { DecideProvinceReportForm } from "@/components/committee/province-report-forms";
import { requirePageActor } from "@/lib/authz/page";
import { formatDate, formatDateTime } from "@/lib/format";
import { listProvinceReports } from "@/lib/server/committee/list-province-reports";
import type { ReportFigures } from "@/lib/server/committee/report-figures";
import { pageYear } from "@/lib/server/committee/page-year";
import { t, vi } from "@/lib/i18n/vi";

/** Issue #18 §5: the ministry's national table of the provinces' year-end reports (`?year=`, default this year). */
export default async function MinistryReportsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("ministry.receive");
  const year = pageYear((await searchParams).year);
  const { rows, counts, deadline } = await listProvinceReports({ actor, year });
  const text = vi.committee.ministry;
  const reportText = vi.committee.reports;
  return (
    <>
      <PageHeader
        title={t(text.nationalTitle, { year })}
        subtitle={`${t(text.counts, counts)} · ${formatDate(deadline)}`}
      />
      <Card className="mb-6">
        <Table head={[text.province, reportText.status, reportText.submittedAt, "", vi.common.actions]}>
          {rows.map((row) => (
            <tr key={row.provinceId} data-testid="province-report-row">
              <td className="font-medium">
                {row.name}
                <a
                  className="block text-sm text-brand-700 underline"
                  href={`/ministry/read?province=${row.provinceId}`}
                >
                  {text.readProgramme}
                </a>
              </td>
              <td>
                {text.statuses[row.report?.status ?? "MISSING"]}
                {row.report?.returnReason ? (
                  <>
                    <br />
                    <span className="text-xs">{`${reportText.returnReason}: ${row.report.returnReason}`}</span>
                  </>
                ) : null}
              </td>
              <td className="whitespace-nowrap">{row.report ? formatDateTime(row.report.submittedAt) : ""}</td>
              <td className={row.timeliness === "LATE" ? "text-red-800" : ""}>
                {reportText.timeliness[row.timeliness]}
              </td>
              <td>
                {row.report?.status === "SUBMITTED" ? (
                  <DecideProvinceReportForm reportId={row.report.id} version={row.report.version} label={row.name} />
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      </Card>
      {rows
        .filter((row) => row.report)
        .map((row) => (
          <section key={row.provinceId} className="mb-8" aria-label={row.name}>
            <h2 className="mb-2 text-lg font-semibold">{row.name}</h2>
            <ReportFiguresCard figures={row.report as unknown as ReportFigures} />
            <Card>
              <dl className="space-y-3">
                {(["results", "difficulties", "proposals"] as const).map((k) => (
                  <div key={k}>
                    <dt className="font-medium">{text[k]}</dt>
                    <dd className="whitespace-pre-line">{row.report![k]}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          </section>
        ))}
    </>
  );
}
