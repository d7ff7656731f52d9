import { apiRoute } from "@/lib/server/api/http";
import { getMap } from "@/lib/server/dashboards/get-map";
import { currentVnYearMonth } from "@/lib/server/dashboards/filters";
import { getDashboardMapContract } from "@/lib/contracts/api/get-dashboard-map";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getDashboardMapContract, async (actor, { query }) => {
  const { crumbs: _c, ...data } = await getMap(actor, query.unitId ?? null, query.year ?? currentVnYearMonth().year);
  return { data };
});
