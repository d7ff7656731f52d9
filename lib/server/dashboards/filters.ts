import type { z } from "zod";
import { DashboardFiltersSchema } from "@/lib/contracts/api/api-fields";
import type { CriteriaGroup, YearMonth } from "@/lib/domain/types";
import { monthsOfPeriod, type Period } from "@/lib/domain/period";
import { vnDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";

/**
 * Filters shared by every dashboard view and kept in the URL (?year=2026&period=half&group=DRUGS)
 * so that a view can be shared (schema: DashboardFiltersSchema, the API's contracts). period: "year" | "half"
 * (the 6-month focus period from the programme's start month, seed 001) | "m1".."m12".
 */
export type DashboardFilters = { year: number; period: string; group: CriteriaGroup | null };

export function currentVnYearMonth(now = appNow()): YearMonth {
  const day = vnDay(now);
  return { year: day.year, month: day.month };
}

/** Lenient parse of URL search params: invalid values fall back to the defaults (never a 500). */
export function parseFilters(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
  now = appNow(),
): DashboardFilters {
  const get = (k: string) => {
    const value = params instanceof URLSearchParams ? params.get(k) : params[k];
    return (Array.isArray(value) ? value[0] : value) || undefined;
  };
  const out: DashboardFilters = { year: currentVnYearMonth(now).year, period: "year", group: null };
  const year = DashboardFiltersSchema.shape.year.safeParse(get("year"));
  if (year.success && year.data) out.year = year.data;
  const period = DashboardFiltersSchema.shape.period.safeParse(get("period"));
  if (period.success && period.data) out.period = period.data;
  const group = DashboardFiltersSchema.shape.group.safeParse(get("group"));
  if (group.success && group.data) out.group = group.data;
  return out;
}

/** The filters of an API query already parsed by its contract (DashboardFiltersSchema); absent → the defaults. */
export function filtersOf(query: z.output<typeof DashboardFiltersSchema>, now = appNow()): DashboardFilters {
  const year = query.year ?? currentVnYearMonth(now).year;
  return { year, period: query.period ?? "year", group: query.group ?? null };
}

export function filtersQuery(dashboardFilters: Partial<DashboardFilters>, extra: Record<string, string> = {}): string {
  const urlSearchParams = new URLSearchParams();
  if (dashboardFilters.year) urlSearchParams.set("year", String(dashboardFilters.year));
  if (dashboardFilters.period) urlSearchParams.set("period", dashboardFilters.period);
  if (dashboardFilters.group) urlSearchParams.set("group", dashboardFilters.group);
  for (const [k, v] of Object.entries(extra)) urlSearchParams.set(k, v);
  const result = urlSearchParams.toString();
  return result ? `?${result}` : "";
}

/** The domain period of a filter; `focusStartMonth` comes from the programme (default March, seed 001). */
export function periodOf(dashboardFilters: Pick<DashboardFilters, "year" | "period">, focusStartMonth = 3): Period {
  if (dashboardFilters.period === "half")
    return { kind: "SIX_MONTHS", year: dashboardFilters.year, startMonth: focusStartMonth };
  if (dashboardFilters.period.startsWith("m"))
    return { kind: "MONTH", year: dashboardFilters.year, month: Number(dashboardFilters.period.slice(1)) };
  return { kind: "YEAR", year: dashboardFilters.year };
}

/** The period before (previous month, previous 6 months, previous year), for the arrows of the ranking. */
export function previousPeriod(period: Period): Period {
  if (period.kind === "MONTH")
    return period.month === 1
      ? { kind: "MONTH", year: period.year - 1, month: 12 }
      : { kind: "MONTH", year: period.year, month: period.month - 1 };
  if (period.kind === "SIX_MONTHS") {
    const start = period.startMonth - 6;
    return start >= 1
      ? { kind: "SIX_MONTHS", year: period.year, startMonth: start }
      : { kind: "SIX_MONTHS", year: period.year - 1, startMonth: start + 12 };
  }
  return { kind: "YEAR", year: period.year - 1, startMonth: period.startMonth };
}

/** Months of the period that have started (a dashboard in October does not count November as missing). */
export function elapsedMonths(period: Period, now = appNow()): YearMonth[] {
  const cur = currentVnYearMonth(now);
  const all = monthsOfPeriod(period);
  const upTo = all.filter((m) => m.year * 12 + m.month <= cur.year * 12 + cur.month);
  return upTo.length > 0 ? upTo : all;
}
