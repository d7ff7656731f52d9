import { apiRoute } from "@/lib/server/api/http";
import { apiGetMonthlyReport } from "@/lib/server/api/api-get-monthly-report";
import { getMonthlyReportContract } from "@/lib/contracts/api/get-monthly-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getMonthlyReportContract, async (actor, { params }) =>
  apiGetMonthlyReport(actor, params.id),
);
