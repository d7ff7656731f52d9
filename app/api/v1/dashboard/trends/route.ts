import { apiRoute, uuidParam } from "@/lib/server/api/http";
import { parseFiltersStrict } from "@/lib/server/dashboards/filters";
import { getTrends } from "@/lib/server/dashboards/get-trends";

export const dynamic = "force-dynamic";

export const GET = apiRoute("dashboard.view", async (actor, url) => {
  const f = parseFiltersStrict(url.searchParams);
  if (!f.ok) throw f.error;
  const { crumbs: _c, ...data } = await getTrends(actor, uuidParam(url, "unitId") ?? null, f.filters);
  return { data };
});
