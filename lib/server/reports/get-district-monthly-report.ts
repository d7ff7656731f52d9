import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/access";
import { validation } from "@/lib/errors";
import { resolveViewUnit, childUnits } from "@/lib/server/dashboards/view-unit";
import { codesNeeded, loadCatalogue, loadSums, valueOf, yyyymm } from "@/lib/server/dashboards/indicator-sums";
import { documentHeader, keyFigures } from "./common";
import { appNow } from "@/lib/clock";

/**
 * Báo cáo tháng của huyện (the district committee's monthly report to the province): the month's
 * figures of the district vs the same month last year and the year to date, each commune's report
 * status and key figures, and the narrative of the DistrictReport if submitted.
 */
export async function getDistrictMonthlyReport(
  actor: Actor,
  unitId: string | null,
  year: number,
  month: number,
  now = appNow(),
) {
  assertCan(actor, "report.view");
  if (!Number.isInteger(month) || month < 1 || month > 12) throw validation("Tháng không hợp lệ.");
  const unit = await resolveViewUnit(actor, unitId);
  if (unit.level !== "DISTRICT" && unit.level !== "COMMUNE")
    throw validation("Chọn một huyện (hoặc xã của tỉnh 2 cấp) để xem báo cáo tháng.");
  const months = [{ year, month }];
  const ytd = Array.from({ length: month }, (_, i) => ({ year, month: i + 1 }));
  const [header, figures, figuresYtd, children, reports, districtReport] = await Promise.all([
    documentHeader(unit, "BC-BCĐ", now),
    keyFigures(unit, months),
    keyFigures(unit, ytd),
    unit.level === "DISTRICT" ? childUnits(unit.id, year) : Promise.resolve([]),
    db.monthlyReport.findMany({
      where: { year, month, commune: { lineage: { has: unit.id } } },
      select: { communeId: true, status: true, submittedAt: true },
    }),
    db.districtReport.findUnique({
      where: { unitId_year_month: { unitId: unit.id, year, month } },
      select: { status: true, narrative: true, submittedAt: true },
    }),
  ]);
  const all = await loadCatalogue(unit.provinceId, yyyymm({ year, month }));
  const byCode = new Map(all.map((d) => [d.code, d]));
  const key = all.filter((d) => d.kind === "COUNT" && d.aggregation === "SUM" && d.isSelectionCriterion);
  const communes = children.filter((c) => c.level === "COMMUNE");
  const sums = await loadSums(
    communes.map((c) => c.id),
    [{ key: "m", months: months }],
    codesNeeded(key),
  );
  const statusBy = new Map(reports.map((r) => [r.communeId, r]));
  return {
    kind: "district-monthly" as const,
    unit,
    header,
    year,
    month,
    figures: figures.map((f, i) => ({ ...f, ytd: figuresYtd[i]?.current ?? null })),
    keyIndicators: key.map((k) => ({ code: k.code, name: k.name })),
    communes: communes.map((c) => ({
      id: c.id,
      name: c.name,
      status: statusBy.get(c.id)?.status ?? null,
      values: key.map((k) => valueOf(k, sums.get(c.id), "m", byCode).value),
    })),
    narrative: districtReport?.narrative ?? "",
    districtStatus: districtReport?.status ?? null,
  };
}
export type DistrictMonthlyReport = Awaited<ReturnType<typeof getDistrictMonthlyReport>>;
