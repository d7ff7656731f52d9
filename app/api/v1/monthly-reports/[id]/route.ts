import { apiRoute } from "@/lib/server/api/http";
import { apiGetMonthlyReport } from "@/lib/server/api/read-data";
import { getMonthlyReportContract } from "@/lib/contracts/api/get-monthly-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getMonthlyReportContract, async (actor, { params }) =>
  apiGetMonthlyReport(actor, params.id),
);
