import { apiRoute, intParam, uuidParam } from "@/lib/server/api/http";
import { getMap } from "@/lib/server/dashboards/get-map";
import { currentVnYearMonth } from "@/lib/server/dashboards/filters";

export const dynamic = "force-dynamic";

export const GET = apiRoute("dashboard.view", async (actor, url) => {
  const { crumbs: _c, ...data } = await getMap(actor, uuidParam(url, "unitId") ?? null, intParam(url, "year", 2000, 2100) ?? currentVnYearMonth().year);
  return { data };
});
