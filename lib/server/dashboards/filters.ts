import { z } from "zod";
import type { CriteriaGroup, YearMonth } from "@/lib/domain/types";
import { monthsOfPeriod, type Period } from "@/lib/domain/period";
import { vnDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";

export const CRITERIA_GROUPS = ["CRIMINAL", "DRUGS", "ECONOMY_ENVIRONMENT", "OTHER"] as const;

/**
 * Filters shared by every dashboard view and kept in the URL (?year=2026&period=half&group=DRUGS)
 * so that a view can be shared. period: "year" | "half" (the 6-month focus period from the
 * programme's start month, seed 001) | "m1".."m12".
 */
export const DashboardFiltersSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  period: z.string().regex(/^(year|half|m([1-9]|1[0-2]))$/).optional(),
  group: z.enum(CRITERIA_GROUPS).optional(),
});

export type DashboardFilters = { year: number; period: string; group: CriteriaGroup | null };

export function currentVnYearMonth(now = appNow()): YearMonth {
  const d = vnDay(now);
  return { year: d.year, month: d.month };
}

/** Lenient parse of URL search params: invalid values fall back to the defaults (never a 500). */
export function parseFilters(params: Record<string, string | string[] | undefined> | URLSearchParams, now = appNow()): DashboardFilters {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const out: DashboardFilters = { year: currentVnYearMonth(now).year, period: "year", group: null };
  const y = DashboardFiltersSchema.shape.year.safeParse(get("year"));
  if (y.success && y.data) out.year = y.data;
  const p = DashboardFiltersSchema.shape.period.safeParse(get("period"));
  if (p.success && p.data) out.period = p.data;
  const g = DashboardFiltersSchema.shape.group.safeParse(get("group"));
  if (g.success && g.data) out.group = g.data;
  return out;
}

/** Strict parse for the API: bad values → a validation error (400). */
export function parseFiltersStrict(params: URLSearchParams, now = appNow()) {
  const r = DashboardFiltersSchema.safeParse(Object.fromEntries([...params].filter(([k]) => ["year", "period", "group"].includes(k))));
  if (!r.success) return { ok: false as const, error: r.error };
  return {
    ok: true as const,
    filters: { year: r.data.year ?? currentVnYearMonth(now).year, period: r.data.period ?? "year", group: r.data.group ?? null } as DashboardFilters,
  };
}

export function filtersQuery(f: Partial<DashboardFilters>, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (f.year) q.set("year", String(f.year));
  if (f.period) q.set("period", f.period);
  if (f.group) q.set("group", f.group);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The domain period of a filter; `focusStartMonth` comes from the programme (default March, seed 001). */
export function periodOf(f: Pick<DashboardFilters, "year" | "period">, focusStartMonth = 3): Period {
  if (f.period === "half") return { kind: "SIX_MONTHS", year: f.year, startMonth: focusStartMonth };
  if (f.period.startsWith("m")) return { kind: "MONTH", year: f.year, month: Number(f.period.slice(1)) };
  return { kind: "YEAR", year: f.year };
}

/** The period before (previous month, previous 6 months, previous year), for the arrows of the ranking. */
export function previousPeriod(p: Period): Period {
  if (p.kind === "MONTH") return p.month === 1 ? { kind: "MONTH", year: p.year - 1, month: 12 } : { kind: "MONTH", year: p.year, month: p.month - 1 };
  if (p.kind === "SIX_MONTHS") {
    const start = p.startMonth - 6;
    return start >= 1 ? { kind: "SIX_MONTHS", year: p.year, startMonth: start } : { kind: "SIX_MONTHS", year: p.year - 1, startMonth: start + 12 };
  }
  return { kind: "YEAR", year: p.year - 1, startMonth: p.startMonth };
}

/** Months of the period that have started (a dashboard in October does not count November as missing). */
export function elapsedMonths(p: Period, now = appNow()): YearMonth[] {
  const cur = currentVnYearMonth(now);
  const all = monthsOfPeriod(p);
  const upTo = all.filter((m) => m.year * 12 + m.month <= cur.year * 12 + cur.month);
  return upTo.length > 0 ? upTo : all;
}
