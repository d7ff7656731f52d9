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
  for (const m of months) {
    const deadline = await monthDeadline(actor.provinceId, m.year, m.month);
    const subject = `Số liệu tháng ${m.month}/${m.year}`;
    if (actor.role === "COMMUNE_POLICE") {
      const selected = await selectedCommuneIds(actor.provinceId, m.year);
      const report = await db.monthlyReport.findUnique({ where: { communeId_year_month: { communeId: actor.unitId, year: m.year, month: m.month } }, select: { status: true, returnReason: true } });
      const href = `/monthly/${actor.unitId}/${m.year}/${m.month}`;
      if (report?.status === "RETURNED") {
        out.push({ key: `ret-${m.year}-${m.month}`, tone: "error", message: `${subject} bị trả lại: ${report.returnReason ?? ""}`, href });
        continue;
      }
      if (!selected.has(actor.unitId)) continue;
      const s = reportDueStatus({ dueDate: deadline.dueDate, now, submitted: report?.status === "SUBMITTED" || report?.status === "ACCEPTED", subject });
      if (s.remind && s.message) out.push({ key: `due-${m.year}-${m.month}`, tone: s.state === "OVERDUE" ? "error" : "warning", message: s.message, href });
    } else {
      const report = await db.districtReport.findUnique({ where: { unitId_year_month: { unitId: actor.unitId, year: m.year, month: m.month } }, select: { status: true, returnReason: true } });
      const href = `/monthly?year=${m.year}&month=${m.month}`;
      if (report?.status === "RETURNED") {
        out.push({ key: `dret-${m.year}-${m.month}`, tone: "error", message: `Báo cáo tháng ${m.month}/${m.year} bị trả lại: ${report.returnReason ?? ""}`, href });
        continue;
      }
      if (now.getTime() < vnDate(m.year, m.month, 1).getTime()) continue;
      const s = reportDueStatus({ dueDate: deadline.districtDueDate, now, submitted: report?.status === "SUBMITTED" || report?.status === "ACCEPTED", subject: `Báo cáo tháng ${m.month}/${m.year} của Ban Chỉ đạo` });
      if (s.remind && s.message) out.push({ key: `ddue-${m.year}-${m.month}`, tone: s.state === "OVERDUE" ? "error" : "warning", message: s.message, href });
    }
  }
  return out;
}

export { monthlyFiguresDueDate };
