import { apiRoute, pageOf } from "@/lib/server/api/http";
import { apiListIndicators } from "@/lib/server/api/api-list-indicators";
import { listIndicatorsContract } from "@/lib/contracts/api/list-indicators";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listIndicatorsContract, async (actor, { query }) =>
  apiListIndicators(actor, pageOf(query), query.provinceId),
);
