import { apiRoute, intParam, pageParams, uuidParam } from "@/lib/server/api/http";
import { apiListMonthlyReports } from "@/lib/server/api/api-list-monthly-reports";
import { validation } from "@/lib/errors";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { SaveMonthlySchema } from "@/lib/server/monthly/schemas";

export const dynamic = "force-dynamic";
const STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"];

export const GET = apiRoute("unit.view", async (actor, url) => {
  const status = url.searchParams.get("status") || undefined;
  if (status && !STATUSES.includes(status)) throw validation("Tham số không hợp lệ.", { status: [STATUSES.join("|")] });
  return apiListMonthlyReports(actor, pageParams(url), { unitId: uuidParam(url, "unitId"), year: intParam(url, "year", 2000, 2100), month: intParam(url, "month", 1, 12), status });
});

/**
 * Saves (or, with submit: true, submits) a commune's month through the same use case as the entry form
 * (lib/server/monthly/save-monthly-report.ts): body = SaveMonthlySchema. Used by API clients and by the
 * load benchmark of issue #8 (scripts/bench/run.ts).
 */
export const POST = apiRoute("monthly.enter", async (actor, _url, _params, request) => {
  const body: unknown = await request.json().catch(() => {
    throw validation("Nội dung yêu cầu không phải JSON hợp lệ.");
  });
  return { data: await saveMonthlyReport(actor, SaveMonthlySchema.parse(body)) };
});
