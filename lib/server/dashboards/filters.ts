import type { z } from "zod";
import { DashboardFiltersSchema } from "@/lib/contracts/api/api-fields";
import type { CriteriaGroup } from "@/lib/domain/types";
import { monthsOfPeriod, type Period } from "@/lib/domain/period";
import type { YearMonth } from "@/lib/domain/types";
import { vnDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";

/**
 * Filters shared by every dashboard view and kept in the URL (?year=2026&period=half&group=DRUGS)
 * so that a view can be shared (schema: DashboardFiltersSchema, the API's contracts). period: "year" | "half"
 * (the 6-month focus period from the programme's start month, seed 001) | "m1".."m12".
 */
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

/** The filters of an API query already parsed by its contract (DashboardFiltersSchema); absent → the defaults. */
export function filtersOf(query: z.output<typeof DashboardFiltersSchema>, now = appNow()): DashboardFilters {
  const year = query.year ?? currentVnYearMonth(now).year;
  return { year, period: query.period ?? "year", group: query.group ?? null };
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
