import { apiRoute, intParam, pageParams } from "@/lib/server/api/http";
import { apiListVerdicts } from "@/lib/server/api/api-list-verdicts";

export const dynamic = "force-dynamic";

export const GET = apiRoute("unit.view", async (actor, url) => apiListVerdicts(actor, pageParams(url), { year: intParam(url, "year", 2000, 2100) }));
