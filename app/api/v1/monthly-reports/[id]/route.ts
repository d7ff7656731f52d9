import { apiRoute } from "@/lib/server/api/http";
import { apiGetMonthlyReport } from "@/lib/server/api/read-data";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("unit.view", async (actor, _url, { id }) => apiGetMonthlyReport(actor, id));
