import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { monthlyFiguresDueDate, reportDueStatus } from "@/lib/domain/entry-window";
import { vnDate } from "@/lib/domain/vn-date";
import { previousMonth, yearMonthOf } from "@/lib/domain/period";
import { selectedCommuneIds } from "./context";
import { appNow } from "@/lib/clock";
import { monthDeadline } from "./month-deadline";

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
  for (const month of months) {
    const deadline = await monthDeadline(actor.provinceId, month.year, month.month);
    const subject = `Số liệu tháng ${month.month}/${month.year}`;
    if (actor.role === "COMMUNE_POLICE") {
      const selected = await selectedCommuneIds(actor.provinceId, month.year);
      const report = await db.monthlyReport.findUnique({
        where: { communeId_year_month: { communeId: actor.unitId, year: month.year, month: month.month } },
        select: { status: true, returnReason: true },
      });
      const href = `/monthly/${actor.unitId}/${month.year}/${month.month}`;
      if (report?.status === "RETURNED") {
        out.push({
          key: `ret-${month.year}-${month.month}`,
          tone: "error",
          message: `${subject} bị trả lại: ${report.returnReason ?? ""}`,
          href,
        });
        continue;
      }
      if (!selected.has(actor.unitId)) continue;
      const due = reportDueStatus({
        dueDate: deadline.dueDate,
        now,
        submitted: report?.status === "SUBMITTED" || report?.status === "ACCEPTED",
        subject,
      });
      if (due.remind && due.message)
        out.push({
          key: `due-${month.year}-${month.month}`,
          tone: due.state === "OVERDUE" ? "error" : "warning",
          message: due.message,
          href,
        });
    } else {
      const report = await db.districtReport.findUnique({
        where: { unitId_year_month: { unitId: actor.unitId, year: month.year, month: month.month } },
        select: { status: true, returnReason: true },
      });
      const href = `/monthly?year=${month.year}&month=${month.month}`;
      if (report?.status === "RETURNED") {
        out.push({
          key: `dret-${month.year}-${month.month}`,
          tone: "error",
          message: `Báo cáo tháng ${month.month}/${month.year} bị trả lại: ${report.returnReason ?? ""}`,
          href,
        });
        continue;
      }
      if (now.getTime() < vnDate(month.year, month.month, 1).getTime()) continue;
      const due = reportDueStatus({
        dueDate: deadline.districtDueDate,
        now,
        submitted: report?.status === "SUBMITTED" || report?.status === "ACCEPTED",
        subject: `Báo cáo tháng ${month.month}/${month.year} của Ban Chỉ đạo`,
      });
      if (due.remind && due.message)
        out.push({
          key: `ddue-${month.year}-${month.month}`,
          tone: due.state === "OVERDUE" ? "error" : "warning",
          message: due.message,
          href,
        });
    }
  }
  return out;
}

export { monthlyFiguresDueDate };
