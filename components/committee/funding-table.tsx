import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { FUNDING_SOURCES, FUNDING_SOURCE_LABELS, type FundingTotals } from "@/lib/domain/funding";
import { formatDong } from "@/lib/format";
import { committee } from "@/lib/i18n/vi/committee";

/** Funding planned and spent per source and in total (issue #18 §4), in đồng formatted vi-VN. */
export function FundingTable({ title, totals }: { title: string; totals: FundingTotals }) {
  const text = committee.funding;
  const line = (label: string, a: { planned: bigint; spent: bigint }, strong = false) => (
    <tr key={label} className={strong ? "font-semibold" : ""}>
      <td>{label}</td>
      <td className="text-right">{formatDong(a.planned)}</td>
      <td className="text-right">{formatDong(a.spent)}</td>
    </tr>
  );
  return (
    <Card title={title} className="mb-6">
      <div data-testid="funding-table">
        <Table head={[text.source, text.planned, text.spent]}>
          {FUNDING_SOURCES.map((src) => line(FUNDING_SOURCE_LABELS[src], totals.bySource[src]))}
          {line(text.total, totals.total, true)}
        </Table>
      </div>
    </Card>
  );
}
