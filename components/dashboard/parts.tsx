import Link from "next/link";
import type { ReactNode } from "react";
import { formatNumber, formatPercent } from "@/lib/format";
import { dashboard as text } from "@/lib/i18n/vi/dashboard";
import { CRITERIA_GROUP_LABELS } from "@/lib/domain/types";
import { filtersQuery, type DashboardFilters } from "@/lib/server/dashboards/filters";
import { CRITERIA_GROUPS } from "@/lib/contracts/api/api-fields";
import { t } from "@/lib/i18n/vi";

const TABS = [
  { href: "/dashboard", key: "home" },
  { href: "/dashboard/trends", key: "trends" },
  { href: "/dashboard/ranking", key: "ranking" },
  { href: "/dashboard/units", key: "drill" },
  { href: "/dashboard/map", key: "map" },
] as const;

/** Tabs between the dashboard views, keeping the filters and the unit. */
export function DashboardTabs({
  active,
  filters,
  unitId,
}: {
  active: (typeof TABS)[number]["key"];
  filters: DashboardFilters;
  unitId?: string | null;
}) {
  return (
    <nav aria-label="Các bảng điều hành" className="no-print mb-4 flex gap-1 overflow-x-auto border-b border-slate-200">
      {TABS.map((tab) => {
        const href = tab.key === "drill" ? `/dashboard/units/${unitId ?? ""}`.replace(/\/$/, "") : tab.href;
        const query = filtersQuery(filters, unitId && tab.key !== "drill" ? { unitId } : {});
        return (
          <Link
            key={tab.key}
            href={`${href}${query}`}
            aria-current={tab.key === active ? "page" : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-2 text-sm ${tab.key === active ? "border-brand-700 font-semibold text-brand-700" : "border-transparent text-slate-700 hover:text-brand-700"}`}
          >
            {text.tabs[tab.key]}
          </Link>
        );
      })}
    </nav>
  );
}

/** GET form: the filters live in the URL so that a view can be shared. */
export function FilterBar({
  filters,
  unitId,
  showGroup = true,
  showPeriod = true,
  years,
}: {
  filters: DashboardFilters;
  unitId?: string | null;
  showGroup?: boolean;
  showPeriod?: boolean;
  years?: number[];
}) {
  const ys = years ?? Array.from({ length: 6 }, (_, i) => filters.year + 1 - i).filter((y) => y >= 2020);
  if (!ys.includes(filters.year)) ys.push(filters.year);
  const control = "block rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <form method="get" className="no-print mb-4 flex flex-wrap items-end gap-3" aria-label={text.filters.legend}>
      {unitId ? <input type="hidden" name="unitId" value={unitId} /> : null}
      <div>
        <label htmlFor="f-year" className="block text-sm font-medium text-slate-700">
          {text.filters.year}
        </label>
        <select id="f-year" name="year" defaultValue={filters.year} className={control}>
          {ys
            .sort((a, b) => b - a)
            .map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
        </select>
      </div>
      {showPeriod ? (
        <div>
          <label htmlFor="f-period" className="block text-sm font-medium text-slate-700">
            {text.filters.period}
          </label>
          <select id="f-period" name="period" defaultValue={filters.period} className={control}>
            <option value="year">{text.filters.periodYear}</option>
            <option value="half">{text.filters.periodHalf}</option>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={`m${i + 1}`}>
                {t(text.filters.month, { m: i + 1 })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {showGroup ? (
        <div>
          <label htmlFor="f-group" className="block text-sm font-medium text-slate-700">
            {text.filters.group}
          </label>
          <select id="f-group" name="group" defaultValue={filters.group ?? ""} className={control}>
            <option value="">{text.filters.allGroups}</option>
            {CRITERIA_GROUPS.map((g) => (
              <option key={g} value={g}>
                {CRITERIA_GROUP_LABELS[g]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button
        type="submit"
        className="min-h-10 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600"
      >
        {text.filters.apply}
      </button>
    </form>
  );
}

export function Crumbs({
  crumbs,
  filters,
  base = "/dashboard/units",
}: {
  crumbs: { id: string; name: string }[];
  filters: DashboardFilters;
  base?: string;
}) {
  return (
    <nav aria-label="Vị trí" className="mb-3 text-sm">
      <ol className="flex flex-wrap gap-1">
        {crumbs.map((c, i) => (
          <li key={c.id} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {i === crumbs.length - 1 ? (
              <span aria-current="page">{c.name}</span>
            ) : (
              <Link className="text-brand-700 underline" href={`${base}/${c.id}${filtersQuery(filters)}`}>
                {c.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A number cell that carries the raw value for tests and exports. */
export function Num({
  value,
  percent = false,
  coverage,
}: {
  value: number | null | undefined;
  percent?: boolean;
  coverage?: CoverageProps;
}) {
  const shown = value ?? null;
  return (
    <td className="text-right tabular-nums" data-value={shown === null ? "" : String(shown)}>
      {shown === null ? "—" : percent ? formatPercent(shown) : formatNumber(shown)}
      {coverage ? <Coverage {...coverage} /> : null}
    </td>
  );
}

/** How many of the expected communes a "vs the same period last year" figure covers (like with like, issue #13). */
type CoverageProps = { covered: number; expected: number; notComparable?: number };

/**
 * How many of the expected communes a "vs the same period last year" figure covers (like with like, issue #13),
 * and how many have no comparable baseline after a split (issue #12).
 */
export function Coverage({ covered, expected, notComparable }: CoverageProps) {
  return (
    <span className="block text-xs text-slate-600" data-testid="coverage">
      {t(text.coverage, { covered, expected })}
      {notComparable ? (
        <span className="block" data-testid="not-comparable">
          {t(text.notComparable, { n: notComparable })}
        </span>
      ) : null}
    </span>
  );
}

/** A chart with the table of its numbers one click away and its Excel export. */
export function ChartPanel({
  title,
  id,
  exportHref,
  chart,
  table,
}: {
  title: string;
  id: string;
  exportHref: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="mb-2 font-semibold text-slate-800">
        {title}
      </figcaption>
      {chart}
      <details className="mt-2" data-testid={`table-${id}`}>
        <summary className="cursor-pointer text-sm text-brand-700 underline">{text.chart.showTable}</summary>
        <div className="mt-2">{table}</div>
      </details>
      <a className="no-print mt-2 inline-block text-sm text-brand-700 underline" href={exportHref} download>
        {text.chart.excel}
        <span className="sr-only">: {title}</span>
      </a>
    </figure>
  );
}
