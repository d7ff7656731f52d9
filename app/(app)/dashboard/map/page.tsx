import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Crumbs, DashboardTabs, FilterBar } from "@/components/dashboard/parts";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getMap, TILE_STATUSES } from "@/lib/server/dashboards/get-map";
import { filtersQuery, parseFilters } from "@/lib/server/dashboards/filters";
import { vi } from "@/lib/i18n/vi";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Colours with text of sufficient contrast; the status is also written in each tile's name (not colour only).
const TILE = {
  NONE: "bg-slate-100 text-slate-800 border-slate-300",
  SELECTED: "bg-sky-100 text-sky-900 border-sky-400",
  IN_PROGRESS: "bg-amber-100 text-amber-900 border-amber-400",
  INTERIM: "bg-violet-100 text-violet-900 border-violet-400",
  PASSED: "bg-emerald-700 text-white border-emerald-900",
  NOT_PASSED: "bg-red-700 text-white border-red-900",
  RELAPSED: "bg-orange-700 text-white border-orange-900",
} as const;

export default async function MapPage({ searchParams }: Props) {
  const actor = await requirePageActor("dashboard.view");
  const sp = await searchParams;
  const filters = parseFilters(sp);
  const unitId = typeof sp.unitId === "string" ? sp.unitId : null;
  const map = await loadOrNotFound(() => getMap(actor, unitId, filters.year));
  const text = vi.dashboard.map;
  return (
    <>
      <PageHeader
        title={text.title}
        subtitle={`${map.unit.name} · ${vi.dashboard.filters.year} ${map.year}`}
        actions={
          <a
            className="no-print text-sm text-brand-700 underline"
            href={`/dashboard/export${filtersQuery(filters, { unitId: map.unit.id, view: "map" })}`}
            download
          >
            {vi.dashboard.chart.excel}
          </a>
        }
      />
      <DashboardTabs active="map" filters={filters} unitId={unitId} />
      <Crumbs crumbs={map.crumbs} filters={filters} />
      <FilterBar filters={filters} unitId={unitId} showGroup={false} showPeriod={false} />
      <Card title={text.legend} className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm" data-testid="map-legend">
          {TILE_STATUSES.map((st) => (
            <li
              key={st}
              className={`rounded border px-2 py-1 ${TILE[st]}`}
              data-status={st}
              data-count={map.counts[st]}
            >
              {text.status[st]}: {map.counts[st]}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-slate-600">{text.note}</p>
      </Card>
      <div className="space-y-4">
        {map.groups.map((g) => (
          <section key={g.id} aria-labelledby={`g-${g.id}`}>
            <h2 id={`g-${g.id}`} className="mb-2 font-semibold text-slate-800">
              {g.name}
            </h2>
            <ul className="grid grid-cols-[repeat(auto-fill,minmax(7.5rem,1fr))] gap-1.5">
              {g.tiles.map((tile) => (
                <li key={tile.id}>
                  <Link
                    href={`/dashboard/units/${tile.id}${filtersQuery(filters)}`}
                    data-status={tile.status}
                    className={`flex h-16 flex-col justify-between rounded border p-1.5 text-xs leading-tight ${TILE[tile.status]}`}
                  >
                    <span className="line-clamp-2 font-medium">{tile.name}</span>
                    <span>{text.status[tile.status]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
