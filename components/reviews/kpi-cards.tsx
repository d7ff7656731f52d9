import { formatPercent } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";

const text = vi.reviews;
type Ref = { communeId: string; year: number; name: string };
type Kpi = {
  target: number;
  percent: number | null;
  targetMet: boolean | null;
  numerator: Ref[];
  denominator: Ref[];
  pending: Ref[];
};

function KpiBlock({ title, kpi, testId }: { title: string; kpi: Kpi; testId: string }) {
  const status =
    kpi.percent === null
      ? text.kpiNoData
      : kpi.targetMet === null
        ? t(text.kpiPending, { count: kpi.pending.length })
        : kpi.targetMet
          ? text.kpiMet
          : text.kpiNotMet;
  const names = (refs: Ref[]) => refs.map((r) => `${r.name} (${r.year})`).join("; ") || "—";
  return (
    <div className="rounded-md border border-slate-200 p-3" data-testid={testId}>
      <p className="text-sm text-slate-700">{title}</p>
      <p className="text-2xl font-bold">
        {formatPercent(kpi.percent)}{" "}
        <span className="text-base font-normal">
          ({kpi.numerator.length}/{kpi.denominator.length})
        </span>
      </p>
      <p className={kpi.targetMet === false ? "text-red-700" : kpi.targetMet ? "text-emerald-700" : "text-slate-600"}>
        {status}
      </p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-brand-700">
          {text.kpiNumerator} / {text.kpiDenominator}
        </summary>
        <p>
          <strong>{text.kpiNumerator}:</strong> {names(kpi.numerator)}
        </p>
        <p>
          <strong>{text.kpiDenominator}:</strong> {names(kpi.denominator)}
        </p>
      </details>
    </div>
  );
}

/** Programme KPIs for the year and cumulative, each with the communes behind the figure. */
export function KpiCards({
  year,
  kpis,
}: {
  year: number;
  kpis: { year: { passRate: Kpi; noRelapse: Kpi }; cumulative: { passRate: Kpi; noRelapse: Kpi } };
}) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {(
        [
          ["year", t(text.kpiYear, { year })],
          ["cumulative", t(text.kpiCumulative, { year })],
        ] as const
      ).map(([k, label]) => (
        <div key={k} className="space-y-2">
          <h3 className="font-semibold">{label}</h3>
          <KpiBlock
            testId={`kpi-${k}-pass`}
            title={t(text.kpiPassRate, { target: formatPercent(kpis[k].passRate.target) })}
            kpi={kpis[k].passRate}
          />
          <KpiBlock
            testId={`kpi-${k}-norelapse`}
            title={t(text.kpiNoRelapse, { target: formatPercent(kpis[k].noRelapse.target) })}
            kpi={kpis[k].noRelapse}
          />
        </div>
      ))}
    </div>
  );
}
