// Yearly result reports of member agencies and district committees (issue #18 §3).
// Seed 002 mục V.2: "Định kỳ hằng năm, các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố tiến hành
// sơ kết, tổng kết … báo cáo kết quả về Cơ quan Thường trực (Công an tỉnh) trước ngày 20/11" → last day 19/11,
// the programme's `reportDeadline` (lib/domain/programme-calendar.ts). Who may undo an acceptance: domain.md §8.
import { vnCalendarDaysBetween, vnDate } from "./vn-date";
import { mayUndoDecision, type UndoCheck, type UnitLevel } from "./undo-rights";

export type YearlyReportStatus = "SUBMITTED" | "RETURNED" | "ACCEPTED";
export type Timeliness = "ON_TIME" | "LATE" | "MISSING";

/**
 * On time when submitted on or before the deadline's Vietnam day (`deadline` a Vietnam midnight, `submittedAt` any
 * instant); late after it; missing when not submitted. Callers pass the first submission: a report returned and
 * sent again is judged on when it first came in.
 */
export function timeliness(submittedAt: Date | null, deadline: Date): Timeliness {
  if (!submittedAt) return "MISSING";
  return vnCalendarDaysBetween(deadline, submittedAt) > 0 ? "LATE" : "ON_TIME";
}

/** The reporter may (re)send its report when there is none yet or it was returned; a sent or accepted one waits for the province. */
export function maySubmit(status: YearlyReportStatus | null): boolean {
  return status === null || status === "RETURNED";
}

export type Decision = "ACCEPT" | "RETURN";
export type DecisionCheck =
  { ok: true } | { ok: false; code: "NOT_SUBMITTED" | "REASON_REQUIRED" | "DECIDED_BY_HIGHER_LEVEL"; message: string };

/**
 * The standing office accepts a submitted report, or returns it with a reason. Returning an accepted report undoes
 * the acceptance: only the level that accepted it or a higher one may (`mayUndoDecision`, domain.md §8), with a reason.
 */
export function checkDecision(input: {
  status: YearlyReportStatus;
  decision: Decision;
  reason: string | null;
  decidedLevel: UnitLevel | null;
  actorLevel: UnitLevel;
}): DecisionCheck {
  const { status, decision, reason } = input;
  if (decision === "ACCEPT" && status !== "SUBMITTED")
    return { ok: false, code: "NOT_SUBMITTED", message: "Chỉ tiếp nhận được báo cáo đã gửi, chưa được xử lý." };
  if (decision === "RETURN") {
    if (status === "RETURNED")
      return { ok: false, code: "NOT_SUBMITTED", message: "Báo cáo đã được trả lại, đang chờ gửi lại." };
    if (!reason?.trim()) return { ok: false, code: "REASON_REQUIRED", message: "Vui lòng nêu lý do trả lại báo cáo." };
    if (status === "ACCEPTED") {
      const undo: UndoCheck = mayUndoDecision({ decidedLevel: input.decidedLevel, actorLevel: input.actorLevel });
      if (!undo.ok) return { ok: false, code: "DECIDED_BY_HIGHER_LEVEL", message: undo.message };
    }
  }
  return { ok: true };
}

/** Completeness of a year's reports: how many of `expected` reporters sent one, and how many of those on time. */
export function completeness(rows: { timeliness: Timeliness }[]): {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
} {
  const submitted = rows.filter((r) => r.timeliness !== "MISSING").length;
  const onTime = rows.filter((r) => r.timeliness === "ON_TIME").length;
  return { expected: rows.length, submitted, onTime, late: submitted - onTime };
}

/**
 * The province's year-end report to the ministry (issue #18 §5). Seed 002 mục V.3 says only that the province
 * committee reports to "Ban Chỉ đạo 138/CP … theo quy định" (seed 000: to the Ministry of Public Security): the
 * date is the ministry's, given each year, so the national administrator records it (`MinistryReportDeadline`).
 * Without one, the default is "trước ngày 20/12" (last day 19/12): after the province's verdicts (before 15/12,
 * seed 001) and a month after the agencies' and districts' reports (before 20/11, seed 002 mục V.2).
 * Returns the last allowed day (a Vietnam midnight).
 */
export function ministryReportDeadline(year: number): Date {
  return vnDate(year, 12, 19);
}

/**
 * A deadline the administrator may record for `year`'s reports (`day` a Vietnam midnight): not before 20/11 of the
 * year (the province first gathers the reports due before 20/11, seed 002 mục V.2) and not after the end of the
 * following year. Returns null when allowed, else the Vietnamese reason.
 */
export function ministryDeadlineRefusal(year: number, day: Date): string | null {
  if (day < vnDate(year, 11, 20))
    return `Hạn gửi báo cáo năm ${year} không được trước ngày 20/11/${year} (hạn báo cáo của các sở, ngành, huyện).`;
  if (day > vnDate(year + 1, 12, 31)) return `Hạn gửi báo cáo năm ${year} không được sau ngày 31/12/${year + 1}.`;
  return null;
}

export type MinistryDecision = "RECEIVE" | "RETURN";

/** The ministry receives a submitted report or returns it with a reason; a received or returned one waits for the province. */
export function checkMinistryDecision(
  status: "SUBMITTED" | "RETURNED" | "RECEIVED",
  decision: MinistryDecision,
  reason: string | null,
): DecisionCheck {
  if (status !== "SUBMITTED")
    return { ok: false, code: "NOT_SUBMITTED", message: "Chỉ xử lý được báo cáo tỉnh đã gửi, chưa được xử lý." };
  if (decision === "RETURN" && !reason?.trim())
    return { ok: false, code: "REASON_REQUIRED", message: "Vui lòng nêu lý do trả lại báo cáo." };
  return { ok: true };
}
