import { apiRoute, pageParams, uuidParam } from "@/lib/server/api/http";
import { apiListIndicators } from "@/lib/server/api/api-list-indicators";

export const dynamic = "force-dynamic";

export const GET = apiRoute("unit.view", async (actor, url) => apiListIndicators(actor, pageParams(url), uuidParam(url, "provinceId")));
