import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { FUNDING_SOURCES, FUNDING_SOURCE_LABELS } from "@/lib/domain/funding";
import { formatDong, formatPercent } from "@/lib/format";
import { committee } from "@/lib/i18n/vi/committee";
import type { ReportFigures } from "@/lib/server/committee/report-figures";

type Kpi = ReportFigures["kpis"]["year"]["passRate"];

/** A year-end report's KPIs against their targets and its funding totals (issue #18 §5), as carried by the report. */
export function ReportFiguresCard({ figures }: { figures: ReportFigures }) {
  const text = committee.ministry;
  const fundingText = committee.funding;
  const kpi = (label: string, k: Kpi) => (
    <tr key={label}>
      <td>{label}</td>
      <td className="text-right">{formatPercent(k.percent)}</td>
      <td className="text-right">{`${k.numerator}/${k.denominator}`}</td>
      <td className="text-right">{formatPercent(k.target)}</td>
      <td>{k.targetMet === true ? "Đạt" : k.targetMet === false ? "Chưa đạt" : "Chưa xác định"}</td>
    </tr>
  );
  const money = (label: string, a: { planned: string; spent: string }) => (
    <tr key={label}>
      <td>{label}</td>
      <td className="text-right">{formatDong(BigInt(a.planned))}</td>
      <td className="text-right">{formatDong(BigInt(a.spent))}</td>
    </tr>
  );
  return (
    <Card title={text.kpis} className="mb-6">
      <div data-testid="report-figures" className="space-y-4">
        <Table head={["", "%", "", "Mục tiêu", ""]}>
          {kpi(text.passRate, figures.kpis.year.passRate)}
          {kpi(text.noRelapse, figures.kpis.cumulative.noRelapse)}
        </Table>
        <Table head={[fundingText.source, fundingText.planned, fundingText.spent]}>
          {FUNDING_SOURCES.map((src) => money(FUNDING_SOURCE_LABELS[src], figures.funding.bySource[src]!))}
          {money(fundingText.total, figures.funding.total)}
        </Table>
      </div>
    </Card>
  );
}
