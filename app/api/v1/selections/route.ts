import { apiRoute, intParam, pageParams } from "@/lib/server/api/http";
import { apiListSelections } from "@/lib/server/api/api-list-selections";

export const dynamic = "force-dynamic";

export const GET = apiRoute("unit.view", async (actor, url) => apiListSelections(actor, pageParams(url), { year: intParam(url, "year", 2000, 2100) }));
