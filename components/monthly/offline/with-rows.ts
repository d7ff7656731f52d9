import type { DraftValue, SentValue } from "@/lib/offline/store";
import { formatCount } from "../format-value";

/**
 * The form's values with the given saved rows written in (after the user chose per field which version
 * to keep, issue #17 §3): counts shown as the form shows them, empty text for null. Rows of indicators
 * the form does not hold are ignored.
 */
export function withRows(values: Record<string, DraftValue>, rows: SentValue[]): Record<string, DraftValue> {
  const out = { ...values };
  for (const r of rows) {
    const v = out[r.indicatorId];
    if (!v) continue;
    out[r.indicatorId] = { ...v, num: formatCount(r.num ?? null), bool: r.bool ?? null, text: r.text ?? "", comment: r.comment ?? "", showComment: v.showComment || !!r.comment };
  }
  return out;
}
