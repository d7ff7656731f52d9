import "server-only";
import { db } from "@/lib/db";
import { assertCan, requireUnitInScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { DEFAULT_ENTRY_DEADLINE_DAY, entryWindow, monthlyFiguresDueDate, reportDueStatus } from "@/lib/domain/entry-window";
import { addVnDays, vnDate } from "@/lib/domain/vn-date";
import { previousMonth, yearMonthOf } from "@/lib/domain/period";
import { checkYearMonth, programmeOf, selectedCommuneIds } from "./context";
import { appNow } from "@/lib/clock";

export type Timeliness = "ON_TIME" | "LATE" | "MISSING" | "NOT_DUE";

/** Days after the communes' deadline the district report is due (app decision, documented in the report). */
export const DISTRICT_REPORT_EXTRA_DAYS = 3;

/** Due date and window of a month's figures in a province. */
export async function monthDeadline(provinceId: string, year: number, month: number) {
  const programme = await programmeOf(provinceId, year);
  const deadlineDay = programme?.entryDeadlineDay ?? DEFAULT_ENTRY_DEADLINE_DAY;
  const entryWindowOfMonth = entryWindow(year, month, deadlineDay);
  return { deadlineDay, closesAt: entryWindowOfMonth.closesAt, dueDate: entryWindowOfMonth.lastDay, districtDueDate: addVnDays(entryWindowOfMonth.lastDay, DISTRICT_REPORT_EXTRA_DAYS) };
}

export function timelinessOf(status: string | null, submittedAt: Date | null, closesAt: Date, now: Date): Timeliness {
  const submitted = status === "SUBMITTED" || status === "ACCEPTED";
  if (submitted && submittedAt) return submittedAt.getTime() < closesAt.getTime() ? "ON_TIME" : "LATE";
  return now.getTime() < closesAt.getTime() ? "NOT_DUE" : "MISSING";
}

/**
 * Completeness and timeliness of a month for a unit (district, province, or a 2-level commune
 * committee): every commune of the subtree with its report status; counts over the EXPECTED
 * communes (selected in the province's programme of that year).
 */
export async function getMonthOverview(actor: Actor, unitId: string, year: number, month: number, now = appNow()) {
  assertCan(actor, "monthly.view");
  checkYearMonth(year, month);
  const unit = await requireUnitInScope(actor, unitId);
  if (!unit.provinceId) return { unit, provinceId: null, communes: [], counts: null, districtReports: [], deadline: null };
  const monthStart = new Date(Date.UTC(year, month - 1, 1));
  const nextMonthStart = new Date(Date.UTC(year, month, 1));
  const [deadline, selected, communes] = await Promise.all([
    monthDeadline(unit.provinceId, year, month),
    selectedCommuneIds(unit.provinceId, year),
    db.unit.findMany({
      // The communes existing in the month (issue #12: created on the 1st → from that month; validTo exclusive).
      where: {
        AND: [{ level: "COMMUNE", lineage: { has: unit.id }, validFrom: { lt: nextMonthStart } }, unitScope(actor)],
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
      commune: commune, selected: selected.has(commune.id), report: report,
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
    select: { id: true, unitId: true, status: true, narrative: true, submittedAt: true, version: true, returnReason: true, unit: { select: { name: true, level: true } } },
    orderBy: { unit: { code: "asc" } },
  });
  return { unit, provinceId: unit.provinceId, communes: rows, counts, districtReports, deadline };
}

export type Reminder = { key: string; tone: "warning" | "error"; message: string; href: string };

/**
 * In-app reminders (entry-window reportDueStatus: due within 3 days or overdue, not yet
 * submitted) for the previous and current month, plus returned reports waiting for a fix.
 */
export async function getReminders(actor: Actor, now = appNow()): Promise<Reminder[]> {
  if (actor.role !== "COMMUNE_POLICE" && actor.role !== "DISTRICT_COMMITTEE") return [];
  if (!actor.provinceId) return [];
  const cur = yearMonthOf(now);
  const months = [previousMonth(cur.year, cur.month), cur];
  const out: Reminder[] = [];
  for (const yearMonth of months) {
    const deadline = await monthDeadline(actor.provinceId, yearMonth.year, yearMonth.month);
    const subject = `Số liệu tháng ${yearMonth.month}/${yearMonth.year}`;
    if (actor.role === "COMMUNE_POLICE") {
      const selected = await selectedCommuneIds(actor.provinceId, yearMonth.year);
      const report = await db.monthlyReport.findUnique({ where: { communeId_year_month: { communeId: actor.unitId, year: yearMonth.year, month: yearMonth.month } }, select: { status: true, returnReason: true } });
      const href = `/monthly/${actor.unitId}/${yearMonth.year}/${yearMonth.month}`;
      if (report?.status === "RETURNED") {
        out.push({ key: `ret-${yearMonth.year}-${yearMonth.month}`, tone: "error", message: `${subject} bị trả lại: ${report.returnReason ?? ""}`, href });
        continue;
      }
      if (!selected.has(actor.unitId)) continue;
      const dueStatus = reportDueStatus({ dueDate: deadline.dueDate, now, submitted: report?.status === "SUBMITTED" || report?.status === "ACCEPTED", subject });
      if (dueStatus.remind && dueStatus.message) out.push({ key: `due-${yearMonth.year}-${yearMonth.month}`, tone: dueStatus.state === "OVERDUE" ? "error" : "warning", message: dueStatus.message, href });
    } else {
      const report = await db.districtReport.findUnique({ where: { unitId_year_month: { unitId: actor.unitId, year: yearMonth.year, month: yearMonth.month } }, select: { status: true, returnReason: true } });
      const href = `/monthly?year=${yearMonth.year}&month=${yearMonth.month}`;
      if (report?.status === "RETURNED") {
        out.push({ key: `dret-${yearMonth.year}-${yearMonth.month}`, tone: "error", message: `Báo cáo tháng ${yearMonth.month}/${yearMonth.year} bị trả lại: ${report.returnReason ?? ""}`, href });
        continue;
      }
      if (now.getTime() < vnDate(yearMonth.year, yearMonth.month, 1).getTime()) continue;
      const districtStatus = reportDueStatus({ dueDate: deadline.districtDueDate, now, submitted: report?.status === "SUBMITTED" || report?.status === "ACCEPTED", subject: `Báo cáo tháng ${yearMonth.month}/${yearMonth.year} của Ban Chỉ đạo` });
      if (districtStatus.remind && districtStatus.message) out.push({ key: `ddue-${yearMonth.year}-${yearMonth.month}`, tone: districtStatus.state === "OVERDUE" ? "error" : "warning", message: districtStatus.message, href });
    }
  }
  return out;
}

export { monthlyFiguresDueDate };
