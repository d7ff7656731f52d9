import type { DomainMessage } from "./types";

/** The kinds of indicator a commune types (computed ratios and reductions are never typed). */
export type TypedKind = "COUNT" | "BOOLEAN" | "TEXT";

/** A typed value as it arrives (form, Excel import, API): one field per kind, the others absent or null. */
export type TypedValue = { num?: number | null; bool?: boolean | null; text?: string | null };

const EXPECTS: Record<TypedKind, string> = { COUNT: "một số", BOOLEAN: "Có hoặc Không", TEXT: "nội dung văn bản" };
const FIELD_OF: Record<TypedKind, keyof TypedValue> = { COUNT: "num", BOOLEAN: "bool", TEXT: "text" };

/**
 * Refuses a value given in a field of another kind than its indicator's ("Bad input always gets a clear error and
 * changes nothing"; issue #13, "never a silently changed value"): a count sent as `true` or as text, a yes/no sent as
 * a number, a text sent as a number. Such a value used to be dropped without a word, saving an empty cell instead.
 * Takes the indicator's kind and name and the value as sent; returns null when only the indicator's own field (or
 * nothing) is set, else a Vietnamese message naming the indicator and what it takes.
 */
export function wrongKindValue(kind: TypedKind, indicatorName: string, value: TypedValue): DomainMessage | null {
  const foreign = (Object.keys(FIELD_OF) as TypedKind[]).some(
    (other) => other !== kind && value[FIELD_OF[other]] !== undefined && value[FIELD_OF[other]] !== null,
  );
  if (!foreign) return null;
  return { code: "WRONG_KIND", message: `“${indicatorName}” chỉ nhận ${EXPECTS[kind]}.` };
}
