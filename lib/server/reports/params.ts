import { currentVnYearMonth } from "@/lib/server/dashboards/filters";

/** Search parameters of a page (Next.js) or of a route handler's URL. */
export type ReportSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;
type SP = ReportSearchParams;
const get = (sp: SP, key: string) => {
  const value = sp instanceof URLSearchParams ? sp.get(key) : sp[key];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
};
const int = (raw: string | undefined, min: number, max: number, dflt: number) => {
  const parsed = Number(raw);
  return raw && Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : dflt;
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

export function reportQuery(params: { unitId: string | null; year: number; month?: number }) {
  const urlSearchParams = new URLSearchParams({ year: String(params.year) });
  if (params.month) urlSearchParams.set("month", String(params.month));
  if (params.unitId) urlSearchParams.set("unitId", params.unitId);
  return `?${urlSearchParams}`;
}
