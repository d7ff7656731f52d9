import { requireActor } from "@/lib/authz/access";
import { parseFilters } from "@/lib/server/dashboards/filters";
import { exportDashboardXlsx } from "@/lib/server/dashboards/export-xlsx";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";

export const dynamic = "force-dynamic";

/** Excel export of a dashboard view: the session choke point first, then the same loader as the page. */
export async function GET(request: Request) {
  try {
    const actor = await requireActor("dashboard.view");
    const url = new URL(request.url);
    const { buffer, fileName } = await exportDashboardXlsx(
      actor,
      url.searchParams.get("view") ?? "",
      url.searchParams.get("unitId"),
      parseFilters(url.searchParams),
    );
    return xlsxResponse(buffer, fileName);
  } catch (error) {
    return downloadError(error);
  }
}
