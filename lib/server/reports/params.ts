import { currentVnYearMonth } from "@/lib/server/dashboards/filters";

/** Search parameters of a page (Next.js) or of a route handler's URL. */
export type ReportSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;
type SP = ReportSearchParams;
const get = (sp: SP, k: string) => {
  const v = sp instanceof URLSearchParams ? sp.get(k) : sp[k];
  return (Array.isArray(v) ? v[0] : v) ?? undefined;
};
const int = (v: string | undefined, min: number, max: number, dflt: number) => {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= min && n <= max ? n : dflt;
};

/** Report parameters from the URL, lenient (defaults instead of errors). */
export function reportParams(sp: SP) {
  const cur = currentVnYearMonth();
  return {
    unitId: get(sp, "unitId") || null,
    year: int(get(sp, "year"), 2000, 2100, cur.year),
    month: int(get(sp, "month"), 1, 12, cur.month === 1 ? 12 : cur.month - 1),
  };
}

export function reportQuery(p: { unitId: string | null; year: number; month?: number }) {
  const q = new URLSearchParams({ year: String(p.year) });
  if (p.month) q.set("month", String(p.month));
  if (p.unitId) q.set("unitId", p.unitId);
  return `?${q}`;
}
