// Bulk acceptance of monthly reports says what it did not do (issue #13 case 8): between the list being shown
// and the click, another reviewer may have accepted or returned a report, or it may never have been submitted.
import type { ReviewStatus } from "./review-workflow";

export interface SkippedReport {
  communeName: string;
  /** The report's status when the bulk acceptance ran. */
  status: ReviewStatus;
  /** Who took the last decision on it (name and unit), when known. */
  reviewedBy: string | null;
}

/** Why a selected report was not accepted, in Vietnamese, e.g. "đã được Nguyễn Văn A (Công an tỉnh) tiếp nhận trước đó". */
export function skipReason({ status, reviewedBy }: Pick<SkippedReport, "status" | "reviewedBy">): string {
  const by = reviewedBy ? ` bởi ${reviewedBy}` : "";
  switch (status) {
    case "ACCEPTED":
      return `đã được tiếp nhận trước đó${by}`;
    case "RETURNED":
      return `đã bị trả lại${by}`;
    case "DRAFT":
      return "còn là bản nháp, xã chưa gửi";
    case "SUBMITTED":
      return "vừa được thay đổi, vui lòng thử lại";
  }
}

/** "Đã tiếp nhận 3/5 báo cáo." — accepted out of selected. */
export function bulkAcceptHeadline(accepted: number, selected: number): string {
  return `Đã tiếp nhận ${accepted}/${selected} báo cáo.`;
}

/** One line per skipped report: "Xã A: đã bị trả lại bởi …". */
export function skippedLines(skipped: readonly SkippedReport[]): string[] {
  return skipped.map((s) => `${s.communeName}: ${skipReason(s)}`);
}
