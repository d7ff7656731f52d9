import { formatNumberVi } from "@/lib/domain/format-vi";

/** A stored/history value as people read it (numbers vi-VN, yes/no in Vietnamese). */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "number") return formatNumberVi(v, 0);
  if (typeof v === "boolean") return v ? "Có" : "Không";
  return String(v);
}

/** Parses a count typed with vi-VN grouping ("1.234") → 1234; "" → null; invalid → NaN. */
export function parseCount(input: string): number | null {
  const s = input.replace(/[.\s]/g, "");
  if (s === "") return null;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

export function formatCount(n: number | null): string {
  return n === null || Number.isNaN(n) ? "" : formatNumberVi(n, 0);
}
