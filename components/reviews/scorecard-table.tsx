import { Table } from "@/components/ui/table";
import { formatPercent } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import type { Scorecard, ScorecardRow } from "@/lib/server/scorecard/compute-scorecard";

const text = vi.reviews;

function Verdict({ row }: { row: ScorecardRow }) {
  if (!row.applicable) return <span className="text-slate-600">{text.notApplicable}</span>;
  if (row.achieved === true) return <span className="font-medium text-emerald-700">✓ {text.yes}</span>;
  if (row.achieved === false) return <span className="font-medium text-red-700">✗ {text.no}</span>;
  return <span className="font-medium text-amber-700">? {text.missing}</span>;
}

/** The scorecard: each result indicator with target, value, achieved or not, and the baseline before selection. */
export function ScorecardTable({ card }: { card: Scorecard }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {text.period}: <strong>{card.periodLabel}</strong> ·{" "}
        {t(text.monthsWithData, { count: card.acceptedMonths.length, total: card.months.length })}
      </p>
      <Table head={[text.indicator, text.target, text.value, text.result, text.baseline]} caption={text.scorecard}>
        {card.rows.map((r) => (
          <tr key={r.code} data-code={r.code}>
            <td>{r.name}</td>
            <td className="whitespace-nowrap">{r.target?.label ?? "—"}</td>
            <td className="whitespace-nowrap">
              {r.valueLabel}
              {r.detail ? <span className="block text-xs text-slate-500">{r.detail}</span> : null}
            </td>
            <td className="whitespace-nowrap">
              <Verdict row={r} />
            </td>
            <td className="whitespace-nowrap">{r.baselineLabel}</td>
          </tr>
        ))}
      </Table>
      <p className="font-medium" data-testid="scorecard-summary">
        {t(text.summary, {
          achieved: card.achievedCount,
          total: card.totalCount,
          share: formatPercent(card.achievedShare),
        })}
      </p>
    </div>
  );
}
