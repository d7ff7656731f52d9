import { apiRoute } from "@/lib/server/api/http";
import { filtersOf } from "@/lib/server/dashboards/filters";
import { getTrends } from "@/lib/server/dashboards/get-trends";
import { getDashboardTrendsContract } from "@/lib/contracts/api/get-dashboard-trends";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getDashboardTrendsContract, async (actor, { query }) => {
  const { crumbs: _c, ...data } = await getTrends(actor, query.unitId ?? null, filtersOf(query));
  return { data };
});
