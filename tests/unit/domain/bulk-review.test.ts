// Issue #13 case 8: "Đã tiếp nhận 3/5 báo cáo", and for each one skipped, the commune and why.
import { describe, expect, it } from "vitest";
import { bulkAcceptHeadline, skipReason, skippedLines } from "@/lib/domain/bulk-review";

describe("bulk acceptance summary", () => {
  it("counts accepted out of selected", () => {
    expect(bulkAcceptHeadline(3, 5)).toBe("Đã tiếp nhận 3/5 báo cáo.");
    expect(bulkAcceptHeadline(0, 1)).toBe("Đã tiếp nhận 0/1 báo cáo.");
  });
  it("says why each report was skipped, with who decided when known", () => {
    expect(skipReason({ status: "ACCEPTED", reviewedBy: "Trần B (Công an tỉnh)" })).toBe(
      "đã được tiếp nhận trước đó bởi Trần B (Công an tỉnh)",
    );
    expect(skipReason({ status: "RETURNED", reviewedBy: "Lê C (BCĐ huyện)" })).toBe(
      "đã bị trả lại bởi Lê C (BCĐ huyện)",
    );
    expect(skipReason({ status: "RETURNED", reviewedBy: null })).toBe("đã bị trả lại");
    expect(skipReason({ status: "DRAFT", reviewedBy: null })).toBe("còn là bản nháp, xã chưa gửi");
    expect(skipReason({ status: "SUBMITTED", reviewedBy: null })).toBe("vừa được thay đổi, vui lòng thử lại");
    expect(skippedLines([{ communeName: "Xã A", status: "DRAFT", reviewedBy: null }])).toEqual([
      "Xã A: còn là bản nháp, xã chưa gửi",
    ]);
  });
});
