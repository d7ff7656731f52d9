import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { t } from "@/lib/i18n/t";
import { committee as text } from "@/lib/i18n/vi/committee";
import type { HomeTask } from "@/lib/server/units/home-task";
import { listAgencyTasks } from "./list-agency-tasks";
import { overdueAgencyTasks } from "./overdue-agency-tasks";

/**
 * Issue #18 §2, the agency's home page: its overdue tasks flagged first (one card with their number and the
 * earliest due day), then the count of its open tasks; both link to its task list. Empty when all are done.
 */
export async function agencyHomeTasks(actor: Actor, now: Date): Promise<HomeTask[]> {
  const tasks = (await listAgencyTasks(actor, now)).tasks.filter((x) => x.status !== "DONE");
  const overdue = tasks.filter((x) => x.overdue);
  const out: HomeTask[] = [];
  if (overdue.length) {
    out.push({
      key: "agency-overdue",
      title: text.home.overdueTitle,
      detail: t(text.home.overdueDetail, { count: overdue.length }),
      href: "/committee/tasks",
      action: text.home.openTasks,
      tone: "warning",
      dueDate: overdue[0].dueDate,
      overdue: true,
    });
  }
  if (tasks.length)
    out.push({
      key: "agency-tasks",
      title: text.home.tasksTitle,
      detail: t(text.home.tasksDetail, { count: tasks.length }),
      href: "/committee/tasks",
      action: text.home.openTasks,
      tone: "info",
    });
  return out;
}

/** Issue #18 §2, the secretariat's home page: one card naming each agency with overdue tasks and their number. */
export async function agenciesOverdueTask(actor: Actor, now: Date): Promise<HomeTask[]> {
  if (!can(actor.role, "agency.manage")) return [];
  const rows = await overdueAgencyTasks(actor, now);
  if (!rows.length) return [];
  const list = rows.map((r) => `${r.agencyName}: ${r.count}`).join("; ");
  return [
    {
      key: "agencies-overdue",
      title: text.home.agenciesOverdueTitle,
      detail: t(text.home.agenciesOverdueDetail, { list }),
      href: "/committee/agencies",
      action: text.home.openAgencies,
      tone: "warning",
      overdue: true,
    },
  ];
}

/** Issue #18 §5, the ministry's home page: the national table of the provinces' year-end reports. */
export function ministryHomeTasks(): HomeTask[] {
  return [
    {
      key: "ministry-reports",
      title: text.ministry.navNational,
      detail: text.ministry.homeDetail,
      href: "/ministry",
      action: text.ministry.open,
      tone: "info",
    },
  ];
}
