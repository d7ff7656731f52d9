import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { Coverage } from "@/components/dashboard/parts";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { yearMonthOf } from "@/lib/domain/period";
import { formatNumber, formatPercent } from "@/lib/format";
import { getPeriodSummary, type PeriodKind } from "@/lib/server/monthly/period-summary";
import { vi } from "@/lib/i18n/vi";
import { appNow } from "@/lib/clock";

const KINDS: [PeriodKind, string][] = [
  ["MONTH", vi.monthly.periodMonth],
  ["SIX_MONTHS", vi.monthly.periodSix],
  ["YEAR", vi.monthly.periodYear],
];

export default async function SummaryPage({
  searchParams,
}: {
  searchParams: Promise<{ unit?: string; kind?: string; year?: string; month?: string }>;
}) {
  const actor = await requirePageActor("monthly.view");
  const sp = await searchParams;
  const now = yearMonthOf(appNow());
  const kind: PeriodKind = sp.kind === "MONTH" || sp.kind === "SIX_MONTHS" ? sp.kind : "YEAR";
  const year = Number(sp.year) >= 2000 && Number(sp.year) <= 2100 ? Number(sp.year) : now.year;
  const month = Number(sp.month) >= 1 && Number(sp.month) <= 12 ? Number(sp.month) : now.month;
  const unitId = sp.unit ?? actor.unitId;
  const periodSummary = await loadOrNotFound(() => getPeriodSummary(actor, unitId, kind, year, month));
  const href = (k: PeriodKind, y = year) => `/monthly/summary?unit=${unitId}&kind=${k}&year=${y}&month=${month}`;
  if (!periodSummary) return <PageHeader title={vi.monthly.summary} subtitle="Chọn một tỉnh để xem." />;
  return (
    <>
      <PageHeader
        title={`${vi.monthly.summary}: ${periodSummary.label}`}
        subtitle={`${periodSummary.unit.name} · chỉ tính số liệu đã tiếp nhận`}
        actions={
          <nav aria-label="Kỳ" className="flex flex-wrap gap-2 text-sm">
            {KINDS.map(([k, l]) => (
              <Link
                key={k}
                className={`rounded-md border px-3 py-2 ${k === kind ? "bg-brand-700 text-white" : ""}`}
                href={href(k)}
              >
                {l}
              </Link>
            ))}
            <Link className="rounded-md border px-3 py-2" href={href(kind, year - 1)}>
              ← {year - 1}
            </Link>
            <Link className="rounded-md border px-3 py-2" href={href(kind, year + 1)}>
              {year + 1} →
            </Link>
          </nav>
        }
      />
      <Card>
        <Table head={[vi.monthly.name, vi.monthly.group, vi.monthly.value, vi.monthly.target, "Đạt"]}>
          {periodSummary.rows.map((r) => (
            <tr key={r.code} data-testid={`summary-${r.code}`}>
              <td>
                {r.name}
                <span className="block text-xs text-slate-500">
                  {r.code}
                  {r.kind === "RATIO" && r.numerator !== null
                    ? ` · ${formatNumber(r.numerator)}/${formatNumber(r.denominator)}`
                    : ""}
                </span>
              </td>
              <td>{vi.monthly.groups[r.group]}</td>
              <td className="text-right">
                {r.kind === "RATIO" || r.kind === "REDUCTION"
                  ? formatPercent(r.value)
                  : r.value === null
                    ? "—"
                    : formatNumber(r.value)}
                {r.coverage ? <Coverage {...r.coverage} /> : null}
              </td>
              <td>
                {r.targetComparator && r.targetValue !== null
                  ? `${r.targetComparator === "GTE" ? "≥" : r.targetComparator === "LTE" ? "≤" : "="} ${formatNumber(r.targetValue)}`
                  : ""}
              </td>
              <td>{r.achieved === null ? "" : r.achieved ? "Đạt" : "Chưa đạt"}</td>
            </tr>
          ))}
        </Table>
      </Card>
    </>
  );
}
