import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { addMonthsYM, yearMonthOf } from "@/lib/domain/period";
import { isEditable, REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { t } from "@/lib/i18n/t";
import { home as s } from "@/lib/i18n/vi/home";
import { monthly } from "@/lib/i18n/vi/monthly";
import { communeMonthContext, daysLeftText } from "@/lib/server/monthly/context";
import { getMonthOverview } from "@/lib/server/monthly/month-overview";
import { getCommuneMonths } from "@/lib/server/monthly/commune-months";
import { appNow } from "@/lib/clock";

export type HomeTask = { key: string; title: string; detail: string; href: string; action: string; tone: "info" | "warning" | "success" };

/**
 * The obvious next step of each role, on its home page: the commune police its month's entry (status and days
 * left), the district committee last month's reporting, the province secretariat what waits for its review, the
 * leader the dashboard. Everything through the same loaders and rules as the pages the tasks link to.
 */
export async function getHomeTasks(actor: Actor, now = appNow()): Promise<HomeTask[]> {
  const cur = yearMonthOf(now);
  if (actor.role === "COMMUNE_POLICE") {
    const { current } = await getCommuneMonths(actor, now);
    return [await communeEntryTask(actor, current.year, current.month, now)];
  }
  if (actor.role === "DISTRICT_COMMITTEE") return [await districtMonthTask(actor, addMonthsYM(cur, -1), now)];
  if (actor.role === "PROVINCE_SECRETARIAT") return [await waitingReviewTask(actor), dashboardTask()];
  if (actor.role === "PROVINCE_LEADER") return [dashboardTask()];
  return can(actor.role, "user.manage") ? [{ key: "users", title: s.users, detail: s.usersDetail, href: "/users", action: s.openUsers, tone: "info" }] : [];
}

async function communeEntryTask(actor: Actor, year: number, month: number, now: Date): Promise<HomeTask> {
  const ctx = await communeMonthContext(actor, actor.unitId, year, month, now);
  const href = `/monthly/${actor.unitId}/${year}/${month}`;
  const title = t(s.monthEntry, { month, year });
  if (!ctx.selected) return { key: "entry", title, detail: t(s.notSelected, { year }), href, action: s.view, tone: "info" };
  const report = await db.monthlyReport.findUnique({ where: { communeId_year_month: { communeId: actor.unitId, year, month } }, select: { status: true } });
  const status = report ? REVIEW_STATUS_LABELS[report.status] : monthly.status.NONE;
  const w = ctx.window;
  const when = daysLeftText(w) ?? w.reason?.message ?? "";
  const editable = w.isOpen && (!report || isEditable(report.status));
  return {
    key: "entry", title, detail: `${status}. ${when}`.trim(), href, action: editable ? s.enter : s.view,
    tone: editable && w.daysRemaining !== null && w.daysRemaining <= 3 ? "warning" : report?.status === "ACCEPTED" ? "success" : "info",
  };
}

async function districtMonthTask(actor: Actor, ym: { year: number; month: number }, now: Date): Promise<HomeTask> {
  const o = await getMonthOverview(actor, actor.unitId, ym.year, ym.month, now);
  const own = o.districtReports.find((r) => r.unitId === actor.unitId);
  const c = o.counts ?? { expected: 0, submitted: 0, accepted: 0 };
  return {
    key: "district-month", title: t(s.districtMonth, ym),
    detail: t(s.districtCounts, { submitted: c.submitted, expected: c.expected, accepted: c.accepted, report: own ? REVIEW_STATUS_LABELS[own.status].toLowerCase() : s.districtReportNone }),
    href: `/monthly?year=${ym.year}&month=${ym.month}`, action: s.openMonth, tone: own ? "success" : "warning",
  };
}

async function waitingReviewTask(actor: Actor): Promise<HomeTask> {
  const [reports, district] = await Promise.all([
    db.monthlyReport.count({ where: { status: "SUBMITTED", commune: unitScope(actor) } }),
    db.districtReport.count({ where: { status: "SUBMITTED", unit: unitScope(actor), NOT: { unitId: actor.unitId } } }),
  ]);
  return {
    key: "waiting", title: s.waitingReview, detail: reports + district > 0 ? t(s.waitingCounts, { reports, district }) : s.nothingWaiting,
    href: "/monthly", action: s.review, tone: reports + district > 0 ? "warning" : "success",
  };
}

function dashboardTask(): HomeTask {
  return { key: "dashboard", title: s.dashboard, detail: s.dashboardDetail, href: "/dashboard", action: s.openDashboard, tone: "info" };
}
