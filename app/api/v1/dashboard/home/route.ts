import { apiRoute } from "@/lib/server/api/http";
import { filtersOf } from "@/lib/server/dashboards/filters";
import { getDashboardHome } from "@/lib/server/dashboards/get-dashboard-home";
import { getDashboardHomeContract } from "@/lib/contracts/api/get-dashboard-home";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getDashboardHomeContract, async (actor, { query }) => {
  const { crumbs: _c, ...data } = await getDashboardHome(actor, query.unitId ?? null, filtersOf(query));
  return { data };
});
