import "server-only";
import { checkOutlier } from "@/lib/domain/outlier";
import { validateCount, validateRatioPair } from "@/lib/domain/indicator-math";
import { t, vi } from "@/lib/i18n/vi";
import type { indicatorsForPeriod } from "./catalogue";
import { isTyped } from "./catalogue";
import { communeNumericHistory } from "./commune-history";
import { type Stored, EMPTY, fieldKey } from "./stored-value";

export type SaveWarning = { indicatorId: string; code: string; message: string };

/**
 * The rules of a month's figures over the final state (stored values overlaid by the input):
 * kinds, non-negative integers, numerator ≤ denominator, required before submit, outliers
 * (a warning that must be confirmed with a comment before submitting).
 */
export async function checkMonthlyValues(args: {
  communeId: string;
  year: number;
  month: number;
  submit: boolean;
  defs: Awaited<ReturnType<typeof indicatorsForPeriod>>;
  final: Map<string, Stored>;
  changed: Set<string>;
}) {
  const { defs, final, submit } = args;
  const errors: Record<string, string[]> = {};
  const add = (id: string, msg: string) => (errors[fieldKey(id)] ??= []).push(msg);
  for (const indicator of defs.list) {
    if (!isTyped(indicator)) continue;
    const value = final.get(indicator.id) ?? EMPTY;
    if (indicator.kind === "COUNT") {
      const result = validateCount(value.num, indicator.name, submit && indicator.isRequired);
      if (result) add(indicator.id, result.message);
    } else if (indicator.kind === "BOOLEAN" && submit && indicator.isRequired && value.bool === null) {
      add(indicator.id, t(vi.monthly.required, { label: indicator.name }));
    } else if (indicator.kind === "TEXT" && submit && indicator.isRequired && value.text === null) {
      add(indicator.id, t(vi.monthly.required, { label: indicator.name }));
    }
  }
  for (const indicator of defs.list) {
    if (indicator.kind !== "RATIO" || !indicator.numeratorCode || !indicator.denominatorCode) continue;
    const numerator = defs.byCode.get(indicator.numeratorCode);
    const denominator = defs.byCode.get(indicator.denominatorCode);
    if (!numerator || !denominator) continue;
    const issues = validateRatioPair({
      numerator: final.get(numerator.id)?.num ?? null,
      denominator: final.get(denominator.id)?.num ?? null,
      numeratorLabel: numerator.name,
      denominatorLabel: denominator.name,
    }).filter((m) => m.code === "NUMERATOR_EXCEEDS_DENOMINATOR");
    for (const m of issues) add(numerator.id, m.message);
  }
  // Outliers: only counts with a value; history = the commune's last 12 months.
  const warnings: SaveWarning[] = [];
  const counts = defs.list.filter((d) => d.kind === "COUNT" && (final.get(d.id)?.num ?? null) !== null);
  if (counts.length > 0) {
    const history = await communeNumericHistory(args.communeId, args.year, args.month, defs.codeOf);
    for (const count of counts) {
      const value = final.get(count.id)!;
      const outlier = checkOutlier(value.num, history.byCode.get(count.code) ?? [], {}, `“${count.name}”`);
      if (!outlier.isOutlier || !outlier.warning) continue;
      warnings.push({ indicatorId: count.id, code: outlier.warning.code, message: outlier.warning.message });
      if (submit && !value.comment) add(count.id, `${outlier.warning.message} ${vi.monthly.outlierConfirm}`);
    }
  }
  return { errors, warnings };
}
