import type { RecommendationReason } from "@/lib/domain/pass-rule";

/** Every reason of the recommendation, indicator by indicator; failing blocking reasons stand out. */
export function ReasonsList({ reasons }: { reasons: readonly RecommendationReason[] }) {
  return (
    <ul className="space-y-1 text-sm" data-testid="reasons">
      {reasons.map((r, i) => (
        <li key={i} className={r.ok ? "text-emerald-800" : r.blocking ? "font-medium text-red-800" : "text-amber-800"}>
          <span aria-hidden="true">{r.ok ? "✓ " : "✗ "}</span>
          {r.message}
        </li>
      ))}
    </ul>
  );
}
