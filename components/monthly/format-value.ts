import { formatNumberVi } from "@/lib/domain/format-vi";
import { parseViCount } from "@/lib/domain/vi-number";

/** A stored/history value as people read it (numbers vi-VN, yes/no in Vietnamese). */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return formatNumberVi(value, 0);
  if (typeof value === "boolean") return value ? "Có" : "Không";
  return String(value);
}

/** A count typed in vi-VN form, read by the one parser of lib/domain ("1.234" → 1234; "" → null; "2.5" or "1,5" → NaN). */
export function parseCount(input: string): number | null {
  const viCount = parseViCount(input, "");
  return viCount.ok ? viCount.value : Number.NaN;
}

/**
 * The refusals of the typed counts, by indicator id, each naming its field ("“Số vụ …” phải là số nguyên
 * không âm"): the form sends nothing while one remains, so no value is ever guessed (issue #13 case 1).
 */
export function countRefusals(
  items: readonly { id: string; name: string; kind: string; typed: boolean }[],
  typed: (id: string) => string,
) {
  const out: Record<string, string[]> = {};
  for (const item of items) {
    if (!item.typed || item.kind !== "COUNT") continue;
    const viCount = parseViCount(typed(item.id), item.name);
    if (!viCount.ok) out[item.id] = [viCount.message];
  }
  return out;
}

export function formatCount(count: number | null): string {
  return count === null || Number.isNaN(count) ? "" : formatNumberVi(count, 0);
}
