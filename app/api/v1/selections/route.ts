import { apiRoute, pageOf } from "@/lib/server/api/http";
import { apiListSelections } from "@/lib/server/api/api-list-selections";
import { listSelectionsContract } from "@/lib/contracts/api/list-selections";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listSelectionsContract, async (actor, { query }) =>
  apiListSelections(actor, pageOf(query), { year: query.year }),
);
