import { apiRoute } from "@/lib/server/api/http";
import { filtersOf } from "@/lib/server/dashboards/filters";
import { getRanking } from "@/lib/server/dashboards/get-ranking";
import { getDashboardRankingContract } from "@/lib/contracts/api/get-dashboard-ranking";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getDashboardRankingContract, async (actor, { query }) => {
  const { crumbs: _c, ...data } = await getRanking(actor, query.unitId ?? null, filtersOf(query));
  return { data };
});
