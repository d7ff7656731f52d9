import { apiRoute, uuidParam } from "@/lib/server/api/http";
import { parseFiltersStrict } from "@/lib/server/dashboards/filters";
import { getDashboardHome } from "@/lib/server/dashboards/get-dashboard-home";

export const dynamic = "force-dynamic";

export const GET = apiRoute("dashboard.view", async (actor, url) => {
  const filters = parseFiltersStrict(url.searchParams);
  if (!filters.ok) throw filters.error;
  const { crumbs: _c, ...data } = await getDashboardHome(actor, uuidParam(url, "unitId") ?? null, filters.filters);
  return { data };
});
