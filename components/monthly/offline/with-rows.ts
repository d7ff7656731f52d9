import type { DraftValue, SentValue } from "@/lib/offline/store";
import { formatCount } from "../format-value";

/**
 * The form's values with the given saved rows written in (after the user chose per field which version
 * to keep, issue #17 §3): counts shown as the form shows them, empty text for null. Rows of indicators
 * the form does not hold are ignored.
 */
export function withRows(values: Record<string, DraftValue>, rows: SentValue[]): Record<string, DraftValue> {
  const out = { ...values };
  for (const row of rows) {
    const value = out[row.indicatorId];
    if (!value) continue;
    out[row.indicatorId] = {
      ...value,
      num: formatCount(row.num ?? null),
      bool: row.bool ?? null,
      text: row.text ?? "",
      comment: row.comment ?? "",
      showComment: value.showComment || !!row.comment,
    };
  }
  return out;
}
