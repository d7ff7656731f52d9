// The programme calendar around the decision approving the list (issue #13 case 7; domain.md §2.1–2.3; seed 001:
// "Quyết định số 09/QĐ-BCĐ ngày 17/02/2023" approves the list after the districts' proposals, under the year's plan).
// A decision cites the plan ("Căn cứ Kế hoạch số … ngày …"), so it cannot be dated before it, nor after today; a plan
// cannot be dated after today either. Deciding before the proposal deadline, or while districts have not proposed,
// is allowed only with an explicit confirmation listing those districts (each district proposes at least one
// commune a year: domain.md §2.1). A late proposal after the decision is decided through an amending decision.
import type { DomainMessage } from "./types";
import { formatVnDate, vnCalendarDaysBetween } from "./vn-date";

/** A plan (or any document a later decision cites) dated after today is refused; null = fine. Dates: VN days. */
export function checkPlanDate(planDate: Date, now: Date): DomainMessage | null {
  if (vnCalendarDaysBetween(now, planDate) > 0) {
    return {
      code: "PLAN_IN_FUTURE",
      message: `Ngày ban hành Kế hoạch (${formatVnDate(planDate)}) không được sau ngày hôm nay (${formatVnDate(now)}).`,
    };
  }
  return null;
}

/** The plan date a new year's form proposes: the default (01/12 of the year before) unless that is still ahead, then today. */
export function defaultPlanDate(proposalStart: Date, now: Date): Date {
  return vnCalendarDaysBetween(now, proposalStart) > 0 ? now : proposalStart;
}

export interface DecisionDateInput {
  /** The decision's date (VN day). */
  date: Date;
  /** The plan it cites: number and date. */
  planNumber: string;
  planDate: Date;
  /** An amending decision: the date of the decision it amends. */
  amendsDate?: Date | null;
  now: Date;
}

/** The decision's date against the plan it cites, the decision it amends and today; null = fine. */
export function checkDecisionDate({
  date,
  planNumber,
  planDate,
  amendsDate,
  now,
}: DecisionDateInput): DomainMessage | null {
  if (vnCalendarDaysBetween(planDate, date) < 0) {
    return {
      code: "DECISION_BEFORE_PLAN",
      message: `Ngày quyết định (${formatVnDate(date)}) không được trước ngày Kế hoạch số ${planNumber} (${formatVnDate(planDate)}) mà quyết định căn cứ.`,
    };
  }
  if (amendsDate && vnCalendarDaysBetween(amendsDate, date) < 0) {
    return {
      code: "AMENDMENT_BEFORE_DECISION",
      message: `Quyết định điều chỉnh không được ghi ngày trước quyết định phê duyệt (${formatVnDate(amendsDate)}).`,
    };
  }
  if (vnCalendarDaysBetween(now, date) > 0) {
    return {
      code: "DECISION_IN_FUTURE",
      message: `Ngày quyết định (${formatVnDate(date)}) không được sau ngày hôm nay (${formatVnDate(now)}).`,
    };
  }
  return null;
}

export interface EarlyDecisionInput {
  now: Date;
  /** Last day districts may propose (inclusive, VN day). */
  proposalDeadline: Date;
  /** Names of the districts (in a 2-level province: communes' committees) that have proposed nothing. */
  withoutProposal: readonly string[];
}

export interface EarlyDecision {
  /** The decision may be issued only with an explicit confirmation. */
  needsConfirmation: boolean;
  /** The proposal deadline has not passed yet. */
  beforeDeadline: boolean;
  withoutProposal: string[];
  /** What the confirmation asks, listing the districts; empty when none is needed. */
  message: string;
}

/**
 * Whether issuing the decision now needs a confirmation: today is on or before the proposal deadline, or some
 * districts have proposed nothing. The message names the deadline and every such district.
 */
export function earlyDecision({ now, proposalDeadline, withoutProposal }: EarlyDecisionInput): EarlyDecision {
  const beforeDeadline = vnCalendarDaysBetween(now, proposalDeadline) >= 0;
  const names = [...withoutProposal];
  const parts = [
    beforeDeadline ? `Chưa hết hạn đề xuất (hạn cuối ngày ${formatVnDate(proposalDeadline)}).` : "",
    names.length ? `${names.length} đơn vị chưa đề xuất: ${names.join(", ")}.` : "",
  ].filter(Boolean);
  const needsConfirmation = parts.length > 0;
  return {
    needsConfirmation,
    beforeDeadline,
    withoutProposal: names,
    message: needsConfirmation
      ? `${parts.join(" ")} Xác nhận ban hành quyết định? Đề xuất muộn sẽ được xem xét bằng quyết định điều chỉnh.`
      : "",
  };
}
