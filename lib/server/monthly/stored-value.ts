import "server-only";
import type { IndicatorDef } from "./catalogue";
import type { MonthlyValueInput } from "@/lib/contracts/monthly/save-monthly-report";

/** One indicator's value as stored (MonthlyValue): the field of its kind, the others null, and the comment. */
export type Stored = { num: number | null; bool: boolean | null; text: string | null; comment: string | null };

export const EMPTY: Stored = { num: null, bool: null, text: null, comment: null };

/** The form field of an indicator's value, so field errors land beside the right input. */
export const fieldKey = (indicatorId: string) => `values.${indicatorId}`;

/** Normalises one input row against its indicator's kind (a value of another kind is refused before: `wrongKindValue`). */
export function normalise(def: IndicatorDef, monthlyValueInput: MonthlyValueInput): Stored {
  const comment = monthlyValueInput.comment?.trim() ? monthlyValueInput.comment.trim() : null;
  if (def.kind === "COUNT") return { ...EMPTY, num: monthlyValueInput.num ?? null, comment };
  if (def.kind === "BOOLEAN") return { ...EMPTY, bool: monthlyValueInput.bool ?? null, comment };
  const text = monthlyValueInput.text?.normalize("NFC").trim();
  return { ...EMPTY, text: text ? text : null, comment };
}

/** Whether two stored values are equal (an unchanged row is not written again). */
export const same = (a: Stored, b: Stored) =>
  a.num === b.num && a.bool === b.bool && a.text === b.text && a.comment === b.comment;
