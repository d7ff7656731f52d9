import "server-only";
import { checkOutlier } from "@/lib/domain/outlier";
import { validateCount, validateRatioPair } from "@/lib/domain/indicator-math";
import { t, vi } from "@/lib/i18n/vi";
import { indicatorsForPeriod, isTyped } from "./catalogue";
import { communeNumericHistory } from "./commune-history";
import { type Stored, EMPTY, fieldKey } from "./stored-value";

export type SaveWarning = { indicatorId: string; code: string; message: string };

/**
 * The rules of a month's figures over the final state (stored values overlaid by the input):
 * kinds, non-negative integers, numerator ≤ denominator, required before submit, outliers
 * (a warning that must be confirmed with a comment before submitting).
 */
export async function checkMonthlyValues(args: {
  communeId: string; year: number; month: number; submit: boolean;
  defs: Awaited<ReturnType<typeof indicatorsForPeriod>>; final: Map<string, Stored>; changed: Set<string>;
}) {
  const { defs, final, submit } = args;
  const errors: Record<string, string[]> = {};
  const add = (id: string, msg: string) => (errors[fieldKey(id)] ??= []).push(msg);
  for (const d of defs.list) {
    if (!isTyped(d)) continue;
    const v = final.get(d.id) ?? EMPTY;
    if (d.kind === "COUNT") {
      const m = validateCount(v.num, d.name, submit && d.isRequired);
      if (m) add(d.id, m.message);
    } else if (d.kind === "BOOLEAN" && submit && d.isRequired && v.bool === null) {
      add(d.id, t(vi.monthly.required, { label: d.name }));
    } else if (d.kind === "TEXT" && submit && d.isRequired && v.text === null) {
      add(d.id, t(vi.monthly.required, { label: d.name }));
    }
  }
  for (const d of defs.list) {
    if (d.kind !== "RATIO" || !d.numeratorCode || !d.denominatorCode) continue;
    const n = defs.byCode.get(d.numeratorCode);
    const den = defs.byCode.get(d.denominatorCode);
    if (!n || !den) continue;
    const issues = validateRatioPair({
      numerator: final.get(n.id)?.num ?? null, denominator: final.get(den.id)?.num ?? null,
      numeratorLabel: n.name, denominatorLabel: den.name,
    }).filter((m) => m.code === "NUMERATOR_EXCEEDS_DENOMINATOR");
    for (const m of issues) add(n.id, m.message);
  }
  // Outliers: only counts with a value; history = the commune's last 12 months.
  const warnings: SaveWarning[] = [];
  const counts = defs.list.filter((d) => d.kind === "COUNT" && (final.get(d.id)?.num ?? null) !== null);
  if (counts.length > 0) {
    const history = await communeNumericHistory(args.communeId, args.year, args.month, defs.codeOf);
    for (const d of counts) {
      const v = final.get(d.id)!;
      const r = checkOutlier(v.num, history.byCode.get(d.code) ?? [], {}, `“${d.name}”`);
      if (!r.isOutlier || !r.warning) continue;
      warnings.push({ indicatorId: d.id, code: r.warning.code, message: r.warning.message });
      if (submit && !v.comment) add(d.id, `${r.warning.message} ${vi.monthly.outlierConfirm}`);
    }
  }
  return { errors, warnings };
}
