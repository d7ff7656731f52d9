import { apiRoute, pageOf } from "@/lib/server/api/http";
import { apiListUnits } from "@/lib/server/api/api-list-units";
import { listUnitsContract } from "@/lib/contracts/api/list-units";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listUnitsContract, async (actor, { query }) =>
  apiListUnits(actor, pageOf(query), { parentId: query.parentId, level: query.level }),
);
