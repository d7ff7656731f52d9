import { apiRoute } from "@/lib/server/api/http";
import { apiGetUnit } from "@/lib/server/api/api-get-unit";
import { getUnitContract } from "@/lib/contracts/api/get-unit";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getUnitContract, async (actor, { params }) => apiGetUnit(actor, params.id));
