import { apiRoute, pageOf } from "@/lib/server/api/http";
import { apiListMonthlyReports } from "@/lib/server/api/api-list-monthly-reports";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { listMonthlyReportsContract } from "@/lib/contracts/api/list-monthly-reports";
import { saveMonthlyReportApiContract } from "@/lib/contracts/api/save-monthly-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listMonthlyReportsContract, async (actor, { query }) => {
  const { unitId, year, month, status } = query;
  return apiListMonthlyReports(actor, pageOf(query), { unitId, year, month, status });
});

/**
 * Saves (or, with submit: true, submits) a commune's month through the same use case as the entry form
 * (lib/server/monthly/save-monthly-report.ts). Used by API clients and by the load benchmark of issue #8
 * (scripts/bench/run.ts).
 */
export const POST = apiRoute(saveMonthlyReportApiContract, async (actor, { body }) => ({
  data: await saveMonthlyReport(actor, body),
}));
