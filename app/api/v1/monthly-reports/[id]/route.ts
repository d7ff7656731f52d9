import { apiRoute } from "@/lib/server/api/http";
import { apiGetMonthlyReport } from "@/lib/server/api/api-get-monthly-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("unit.view", async (actor, _url, { id }) => apiGetMonthlyReport(actor, id));
