import { formatNumber } from "@/lib/format";
import { monthly } from "@/lib/i18n/vi/monthly";

type Counts = { expected: number; submitted: number; onTime: number; late: number; missing: number };

const LABELS = [
  ["expected", monthly.expected],
  ["submitted", monthly.submittedCount],
  ["onTime", monthly.onTime],
  ["late", monthly.late],
  ["missing", monthly.missing],
] as const;

/**
 * Completeness and timeliness of a round of reports (who must send, sent, on time, late, not sent), drawn the same
 * for the monthly figures (issue #4) and the yearly reports of agencies and districts (issue #18 §3).
 */
export function CompletenessCounts({ counts }: { counts: Counts }) {
  return (
    <dl className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="completeness">
      {LABELS.map(([k, label]) => (
        <div key={k} className="rounded-md bg-slate-50 p-2">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-xl font-bold" data-testid={`count-${k}`}>
            {formatNumber(counts[k])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
