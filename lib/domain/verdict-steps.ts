// The steps to a verdict (domain.md §1 roles, §2.5–2.6; seed 000: the standing office "tham mưu, báo cáo đề xuất
// Ban Chỉ đạo 138 tỉnh quyết định công nhận địa bàn chuyển hóa đạt, chưa đạt"): the district proposes after its
// year-end review meeting, the province's standing office checks and proposes (or returns the district's review
// with a reason), the approver decides.
import type { DomainMessage } from "./types";

export type VerdictStage = "DISTRICT_PROPOSED" | "SECRETARIAT_PROPOSED" | "ISSUED";
type ReviewStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

export type StepCheck = { ok: true } | ({ ok: false } & DomainMessage);

/**
 * The standing office may return the district's year-end review only while the district's proposal waits for it:
 * once the office has proposed, or the verdict is issued, the review is part of that step and stays.
 */
export function canReturnYearEndReview(pendingStage: VerdictStage | null, issued: boolean): StepCheck {
  if (issued)
    return {
      ok: false,
      code: "VERDICT_ISSUED",
      message: "Đã có quyết định công nhận, không thể trả lại báo cáo tổng kết.",
    };
  if (pendingStage === "SECRETARIAT_PROPOSED") {
    return {
      ok: false,
      code: "ALREADY_PROPOSED",
      message: "Cơ quan Thường trực đã đề xuất kết quả, không thể trả lại báo cáo tổng kết.",
    };
  }
  if (pendingStage !== "DISTRICT_PROPOSED")
    return { ok: false, code: "NOTHING_TO_RETURN", message: "Cấp huyện chưa đề xuất kết quả, chưa có gì để trả lại." };
  return { ok: true };
}

/**
 * The standing office proposes (or revises its proposal) on the district's proposal, not on a review it has
 * returned and the district has not yet re-submitted.
 */
export function canSecretariatPropose(pendingStage: VerdictStage | null, reviewStatus: ReviewStatus | null): StepCheck {
  if (pendingStage !== "DISTRICT_PROPOSED" && pendingStage !== "SECRETARIAT_PROPOSED") {
    return { ok: false, code: "NO_DISTRICT_PROPOSAL", message: "Cấp huyện chưa đề xuất kết quả." };
  }
  if (reviewStatus === "RETURNED") {
    return {
      ok: false,
      code: "REVIEW_RETURNED",
      message: "Báo cáo tổng kết đã trả lại cấp huyện; chờ cấp huyện bổ sung và đề xuất lại.",
    };
  }
  return { ok: true };
}
