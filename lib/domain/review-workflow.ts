// Review workflow of everything submitted upwards: monthly commune figures, district reports,
// interim reviews, verdict proposals. Commune police submit to the district, districts to the
// province secretariat (domain.md §1, §2.5; seed 002 mục V.2 "báo cáo kết quả gửi về ... Công an tỉnh").
import type { DomainMessage } from "./types";

export type ReviewStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
export type ReviewAction = "SAVE" | "SUBMIT" | "WITHDRAW" | "RETURN" | "ACCEPT" | "UNLOCK";
export type ReportKind = "MONTHLY_FIGURES" | "DISTRICT_REPORT" | "INTERIM_REVIEW" | "VERDICT_PROPOSAL";

export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  DRAFT: "Nháp",
  SUBMITTED: "Đã gửi",
  RETURNED: "Bị trả lại",
  ACCEPTED: "Đã tiếp nhận",
};

export const REVIEW_ACTION_LABELS: Readonly<Record<ReviewAction, string>> = {
  SAVE: "lưu",
  SUBMIT: "gửi",
  WITHDRAW: "rút lại",
  RETURN: "trả lại",
  ACCEPT: "tiếp nhận",
  UNLOCK: "mở khóa",
};

export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, string>> = {
  MONTHLY_FIGURES: "Số liệu tháng",
  DISTRICT_REPORT: "Báo cáo cấp huyện",
  INTERIM_REVIEW: "Báo cáo sơ kết",
  VERDICT_PROPOSAL: "Đề xuất công nhận kết quả",
};

/** Who performs an action: the submitting unit or the reviewing level above it. */
export const ACTION_ACTOR: Readonly<Record<ReviewAction, "SUBMITTER" | "REVIEWER">> = {
  SAVE: "SUBMITTER",
  SUBMIT: "SUBMITTER",
  WITHDRAW: "SUBMITTER",
  RETURN: "REVIEWER",
  ACCEPT: "REVIEWER",
  UNLOCK: "REVIEWER",
};

// status → action → next status. UNLOCK is resolved separately (its target is configurable).
const TABLE: Readonly<Record<ReviewStatus, Partial<Record<ReviewAction, ReviewStatus>>>> = {
  DRAFT: { SAVE: "DRAFT", SUBMIT: "SUBMITTED" },
  // Editing after a return keeps RETURNED so the reviewer's reason stays visible until resubmission.
  RETURNED: { SAVE: "RETURNED", SUBMIT: "SUBMITTED" },
  // Withdrawing is allowed only before the reviewer has acted.
  SUBMITTED: { WITHDRAW: "DRAFT", RETURN: "RETURNED", ACCEPT: "ACCEPTED" },
  ACCEPTED: { UNLOCK: "RETURNED" },
};

/** Actions that require a non-blank written reason (audit trail of returns and unlocks). */
export const ACTIONS_REQUIRING_REASON: readonly ReviewAction[] = ["RETURN", "UNLOCK"];

export interface TransitionContext {
  reason?: string | null | undefined;
  /** Where UNLOCK leads: RETURNED (default, shows the reason to the submitter) or DRAFT. */
  unlockTo?: "RETURNED" | "DRAFT";
}

export type TransitionResult = { ok: true; next: ReviewStatus } | ({ ok: false } & DomainMessage);

export function transition(status: ReviewStatus, action: ReviewAction, ctx: TransitionContext = {}): TransitionResult {
  const target = TABLE[status][action];
  if (target === undefined) {
    return {
      ok: false,
      code: "INVALID_TRANSITION",
      message: `Không thể ${REVIEW_ACTION_LABELS[action]} khi đang ở trạng thái “${REVIEW_STATUS_LABELS[status]}”.`,
    };
  }
  if (ACTIONS_REQUIRING_REASON.includes(action) && (ctx.reason ?? "").trim() === "") {
    return {
      ok: false,
      code: "REASON_REQUIRED",
      message: `Phải nêu lý do ${REVIEW_ACTION_LABELS[action]}.`,
    };
  }
  const next = action === "UNLOCK" ? (ctx.unlockTo ?? "RETURNED") : target;
  return { ok: true, next };
}

/** The submitter may change the content only in DRAFT or RETURNED. */
export function isEditable(status: ReviewStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

/** Actions available from a status (for showing buttons). */
export function allowedActions(status: ReviewStatus): ReviewAction[] {
  return Object.keys(TABLE[status]) as ReviewAction[];
}
