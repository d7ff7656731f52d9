import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { addMonthsYM, yearMonthOf } from "@/lib/domain/period";
import { isEditable, REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { t } from "@/lib/i18n/t";
import { home as text } from "@/lib/i18n/vi/home";
import { monthly } from "@/lib/i18n/vi/monthly";
import { communeMonthContext, daysLeftText } from "@/lib/server/monthly/context";
import { getMonthOverview } from "@/lib/server/monthly/get-month-overview";
import { getCommuneMonths } from "@/lib/server/monthly/commune-months";
import { yearlyTasks } from "./yearly-tasks";
import { agencyHomeTasks, agenciesOverdueTask, ministryHomeTasks } from "@/lib/server/committee/agency-home-tasks";
import { monthlyFiguresDueDate } from "@/lib/domain/entry-window";
import { vnCalendarDaysBetween } from "@/lib/domain/vn-date";
import { dueText } from "@/lib/domain/yearly-steps";
import type { YearMonth } from "@/lib/domain/types";
import type { ReviewStatus } from "@/lib/domain/review-workflow";
import { appNow } from "@/lib/clock";
import type { HomeTask } from "./home-task";

/** Overdue first, then by due date; undated tasks keep their order at the end (issue #13 case 9). */
function byDue(tasks: HomeTask[]): HomeTask[] {
  const dated = tasks.filter((x) => x.dueDate).sort((a, b) => a.dueDate!.getTime() - b.dueDate!.getTime());
  return [...dated, ...tasks.filter((x) => !x.dueDate)];
}

/**
 * Everything on the role's home page that is its to take: every open step of the yearly cycle (yearly-tasks.ts)
 * and the monthly ones — the commune police its months to enter (the one due first, and months left overdue),
 * the district committee last month's reporting, the province secretariat what waits for its review — then the
 * leader's and the administrator's tools. Overdue first. Through the same loaders and rules as the pages linked.
 */
export async function getHomeTasks(actor: Actor, now = appNow()): Promise<HomeTask[]> {
  const cur = yearMonthOf(now);
  if (actor.role === "COMMUNE_POLICE") {
    const { current, months } = await getCommuneMonths(actor, now);
    return byDue([
      await communeEntryTask(actor, current.year, current.month, now),
      ...(await overdueMonthTasks(actor, months, current, now)),
    ]);
  }
  if (actor.role === "AGENCY_MEMBER") return agencyHomeTasks(actor, now);
  if (actor.role === "MINISTRY_OFFICE") return ministryHomeTasks();
  const yearly: HomeTask[] = await yearlyTasks(actor, now);
  if (actor.role === "DISTRICT_COMMITTEE")
    return byDue([...yearly, await districtMonthTask(actor, addMonthsYM(cur, -1), now)]);
  if (actor.role === "PROVINCE_SECRETARIAT")
    return byDue([
      ...(await agenciesOverdueTask(actor, now)),
      ...yearly,
      await waitingReviewTask(actor),
      dashboardTask(),
    ]);
  if (actor.role === "PROVINCE_LEADER") return byDue([...yearly, dashboardTask()]);
  return can(actor.role, "user.manage")
    ? [
        {
          key: "users",
          title: text.users,
          detail: text.usersDetail,
          href: "/users",
          action: text.openUsers,
          tone: "info",
        },
      ]
    : [];
}

/**
 * Months of the last twelve whose entry deadline has passed without a submission, in years the commune is on the
 * list: each a task due on its deadline (the window is closed: the commune asks for an unlock).
 */
async function overdueMonthTasks(
  actor: Actor,
  months: { year: number; month: number; report: { status: ReviewStatus } | null }[],
  current: YearMonth,
  now: Date,
) {
  const selected = await db.selection.findMany({
    where: { communeId: actor.unitId, status: "SELECTED" },
    select: { programme: { select: { year: true, entryDeadlineDay: true } } },
  });
  const deadlineOf = new Map(selected.map((x) => [x.programme.year, x.programme.entryDeadlineDay]));
  return months
    .filter((m) => deadlineOf.has(m.year) && !(m.year === current.year && m.month === current.month))
    .filter((m) => !m.report || isEditable(m.report.status))
    .map((m) => ({ ...m, due: monthlyFiguresDueDate(m.year, m.month, deadlineOf.get(m.year)!) }))
    .filter((m) => vnCalendarDaysBetween(now, m.due) < 0)
    .map((m): HomeTask => ({
      key: `entry-${m.year}-${m.month}`,
      title: t(text.monthEntry, { year: m.year, month: m.month }),
      detail: `${text.monthOverdue} ${dueText(vnCalendarDaysBetween(now, m.due), m.due)}.`,
      href: `/monthly/${actor.unitId}/${m.year}/${m.month}`,
      action: text.view,
      tone: "warning",
      dueDate: m.due,
      overdue: true,
    }));
}

async function communeEntryTask(actor: Actor, year: number, month: number, now: Date): Promise<HomeTask> {
  const ctx = await communeMonthContext(actor, actor.unitId, year, month, now);
  const href = `/monthly/${actor.unitId}/${year}/${month}`;
  const title = t(text.monthEntry, { month, year });
  if (!ctx.selected)
    return { key: "entry", title, detail: t(text.notSelected, { year }), href, action: text.view, tone: "info" };
  const report = await db.monthlyReport.findUnique({
    where: { communeId_year_month: { communeId: actor.unitId, year, month } },
    select: { status: true },
  });
  const status = report ? REVIEW_STATUS_LABELS[report.status] : monthly.status.NONE;
  const entryWindow = ctx.window;
  const when = daysLeftText(entryWindow) ?? entryWindow.reason?.message ?? "";
  const editable = entryWindow.isOpen && (!report || isEditable(report.status));
  return {
    dueDate: ctx.dueDate,
    overdue: vnCalendarDaysBetween(now, ctx.dueDate) < 0,
    key: "entry",
    title,
    detail: `${status}. ${when}`.trim(),
    href,
    action: editable ? text.enter : text.view,
    tone:
      editable && entryWindow.daysRemaining !== null && entryWindow.daysRemaining <= 3
        ? "warning"
        : report?.status === "ACCEPTED"
          ? "success"
          : "info",
  };
}

async function districtMonthTask(actor: Actor, ym: { year: number; month: number }, now: Date): Promise<HomeTask> {
  const monthOverview = await getMonthOverview(actor, actor.unitId, ym.year, ym.month, now);
  const own = monthOverview.districtReports.find((r) => r.unitId === actor.unitId);
  const counts = monthOverview.counts ?? { expected: 0, submitted: 0, accepted: 0 };
  return {
    key: "district-month",
    title: t(text.districtMonth, ym),
    detail: t(text.districtCounts, {
      submitted: counts.submitted,
      expected: counts.expected,
      accepted: counts.accepted,
      report: own ? REVIEW_STATUS_LABELS[own.status].toLowerCase() : text.districtReportNone,
    }),
    href: `/monthly?year=${ym.year}&month=${ym.month}`,
    action: text.openMonth,
    tone: own ? "success" : "warning",
  };
}

async function waitingReviewTask(actor: Actor): Promise<HomeTask> {
  const [reports, district] = await Promise.all([
    db.monthlyReport.count({ where: { status: "SUBMITTED", commune: unitScope(actor) } }),
    db.districtReport.count({ where: { status: "SUBMITTED", unit: unitScope(actor), NOT: { unitId: actor.unitId } } }),
  ]);
  return {
    key: "waiting",
    title: text.waitingReview,
    detail: reports + district > 0 ? t(text.waitingCounts, { reports, district }) : text.nothingWaiting,
    href: "/monthly",
    action: text.review,
    tone: reports + district > 0 ? "warning" : "success",
  };
}

function dashboardTask(): HomeTask {
  return {
    key: "dashboard",
    title: text.dashboard,
    detail: text.dashboardDetail,
    href: "/dashboard",
    action: text.openDashboard,
    tone: "info",
  };
}
