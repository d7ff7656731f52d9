import { apiRoute } from "@/lib/server/api/http";
import { apiGetUnit } from "@/lib/server/api/api-get-unit";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("unit.view", async (actor, _url, { id }) => apiGetUnit(actor, id));
