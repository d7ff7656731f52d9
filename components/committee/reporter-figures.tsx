import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { Num } from "@/components/dashboard/parts";
import { VERDICT_LABELS } from "@/lib/domain/types";
import { t } from "@/lib/i18n/t";
import { committee } from "@/lib/i18n/vi/committee";
import type { ReporterFigures } from "@/lib/server/committee/reporter-figures";

const text = committee.reports;

/**
 * Issue #18 §3: a district committee's figures of the year in its yearly report: key indicators against the same
 * months last year (with the communes the comparison covers), and its selected communes' plan, interim review and
 * verdict. Nothing for an agency's report (`figures` null).
 */
export function ReporterFiguresCard({ year, figures }: { year: number; figures: ReporterFigures | null }) {
  if (!figures) return null;
  return (
    <Card title={t(text.figuresTitle, { year })} className="mb-6">
      <div data-testid="reporter-figures">
        <Table head={[text.indicator, text.thisYear, text.lastYear, text.change]}>
          {figures.indicators.map((f) => (
            <tr key={f.code}>
              <td>
                {f.name}
                {f.isPercent ? "" : ` (${f.unitLabel})`}
              </td>
              <Num value={f.current} percent={f.isPercent} />
              <Num value={f.baseline} percent={f.isPercent} coverage={f.coverage ?? undefined} />
              <Num value={f.change} percent={f.isPercent} />
            </tr>
          ))}
        </Table>
        <h3 className="mb-2 mt-4 font-semibold">{text.communesTitle}</h3>
        <Table head={[text.commune, text.plan, text.interim, text.verdict]}>
          {figures.communes.map((c) => (
            <tr key={c.communeName}>
              <td>{c.communeName}</td>
              <td>{c.hasPlan ? text.hasPlan : text.noPlan}</td>
              <td>
                {c.interimAccepted ? (c.offTrack ? text.interimOffTrack : text.interimAccepted) : text.interimMissing}
              </td>
              <td>
                {c.verdict ? VERDICT_LABELS[c.verdict] : text.noVerdict}
                {c.relapsed ? ` (${text.relapsed})` : ""}
              </td>
            </tr>
          ))}
        </Table>
      </div>
    </Card>
  );
}
