import "server-only";
import { db } from "@/lib/db";
import { assertCan, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { checkYearMonth, selectedCommuneIds } from "./context";
import { inSubtreeInMonth } from "@/lib/server/units/in-subtree-in-month";
import { appNow } from "@/lib/clock";
import { monthDeadline, timelinessOf } from "./month-deadline";

/**
 * Completeness and timeliness of a month for a unit (district, province, or a 2-level commune
 * committee): every commune of the subtree with its report status; counts over the EXPECTED
 * communes (selected in the province's programme of that year).
 */
export async function getMonthOverview(actor: Actor, unitId: string, year: number, month: number, now = appNow()) {
  assertCan(actor, "monthly.view");
  checkYearMonth(year, month);
  const unit = await requireUnitInScope(actor, unitId);
  if (!unit.provinceId)
    return { unit, provinceId: null, communes: [], counts: null, districtReports: [], deadline: null };
  const monthStart = new Date(Date.UTC(year, month - 1, 1));
  const nextMonthStart = new Date(Date.UTC(year, month, 1));
  const [deadline, selected, communes] = await Promise.all([
    monthDeadline(unit.provinceId, year, month),
    selectedCommuneIds(unit.provinceId, year),
    db.unit.findMany({
      // The communes existing in the month (issue #12: created on the 1st → from that month; validTo exclusive).
      where: {
        AND: [
          { level: "COMMUNE", validFrom: { lt: nextMonthStart } },
          inSubtreeInMonth(unit.id, monthStart),
          unitScope(actor),
        ],
        OR: [{ validTo: null }, { validTo: { gt: monthStart } }],
      },
      select: { id: true, code: true, name: true, parent: { select: { id: true, name: true, level: true } } },
      orderBy: { code: "asc" },
    }),
  ]);
  const reports = await db.monthlyReport.findMany({
    where: { year, month, communeId: { in: communes.map((c) => c.id) } },
    select: { id: true, communeId: true, status: true, submittedAt: true, version: true, returnReason: true },
  });
  const byCommune = new Map(reports.map((r) => [r.communeId, r]));
  const rows = communes.map((commune) => {
    const report = byCommune.get(commune.id) ?? null;
    return {
      commune,
      selected: selected.has(commune.id),
      report,
      timeliness: timelinessOf(report?.status ?? null, report?.submittedAt ?? null, deadline.closesAt, now),
    };
  });
  const expected = rows.filter((r) => r.selected);
  const counts = {
    expected: expected.length,
    submitted: expected.filter((r) => r.timeliness === "ON_TIME" || r.timeliness === "LATE").length,
    onTime: expected.filter((r) => r.timeliness === "ON_TIME").length,
    late: expected.filter((r) => r.timeliness === "LATE").length,
    missing: expected.filter((r) => r.timeliness === "MISSING" || r.timeliness === "NOT_DUE").length,
    accepted: expected.filter((r) => r.report?.status === "ACCEPTED").length,
  };
  // District reports: the unit's own and those of the reporting units below it.
  const districtReports = await db.districtReport.findMany({
    where: { year, month, unit: { AND: [{ lineage: { has: unit.id } }, unitScope(actor)] } },
    select: {
      id: true,
      unitId: true,
      status: true,
      narrative: true,
      submittedAt: true,
      version: true,
      returnReason: true,
      unit: { select: { name: true, level: true } },
    },
    orderBy: { unit: { code: "asc" } },
  });
  return { unit, provinceId: unit.provinceId, communes: rows, counts, districtReports, deadline };
}
