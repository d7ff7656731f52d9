import { apiRoute, pageOf } from "@/lib/server/api/http";
import { apiListVerdicts } from "@/lib/server/api/api-list-verdicts";
import { listVerdictsContract } from "@/lib/contracts/api/list-verdicts";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listVerdictsContract, async (actor, { query }) =>
  apiListVerdicts(actor, pageOf(query), { year: query.year }),
);
