import { formatNumberVi } from "@/lib/domain/format-vi";
import { parseViCount } from "@/lib/domain/vi-number";

/** A stored/history value as people read it (numbers vi-VN, yes/no in Vietnamese). */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "number") return formatNumberVi(v, 0);
  if (typeof v === "boolean") return v ? "Có" : "Không";
  return String(v);
}

/** A count typed in vi-VN form, read by the one parser of lib/domain ("1.234" → 1234; "" → null; "2.5" or "1,5" → NaN). */
export function parseCount(input: string): number | null {
  const r = parseViCount(input, "");
  return r.ok ? r.value : Number.NaN;
}

/**
 * The refusals of the typed counts, by indicator id, each naming its field ("“Số vụ …” phải là số nguyên
 * không âm"): the form sends nothing while one remains, so no value is ever guessed (issue #13 case 1).
 */
export function countRefusals(items: readonly { id: string; name: string; kind: string; typed: boolean }[], typed: (id: string) => string) {
  const out: Record<string, string[]> = {};
  for (const i of items) {
    if (!i.typed || i.kind !== "COUNT") continue;
    const r = parseViCount(typed(i.id), i.name);
    if (!r.ok) out[i.id] = [r.message];
  }
  return out;
}

export function formatCount(n: number | null): string {
  return n === null || Number.isNaN(n) ? "" : formatNumberVi(n, 0);
}
