import { describe, expect, it } from "vitest";
import { canReturnYearEndReview, canSecretariatPropose } from "@/lib/domain/verdict-steps";

// domain.md §1 (the standing office "checks reports, proposes verdicts") and §2.5–2.6; seed 000: the standing
// office "tham mưu, báo cáo đề xuất Ban Chỉ đạo 138 tỉnh quyết định công nhận địa bàn chuyển hóa đạt, chưa đạt".
describe("returning the district's year-end review", () => {
  it("is allowed while the district's proposal waits for the standing office", () => {
    expect(canReturnYearEndReview("DISTRICT_PROPOSED", false)).toEqual({ ok: true });
  });
  it("is refused before the district proposed, after the office proposed, and once issued", () => {
    expect(canReturnYearEndReview(null, false)).toMatchObject({ ok: false, code: "NOTHING_TO_RETURN" });
    expect(canReturnYearEndReview("SECRETARIAT_PROPOSED", false)).toMatchObject({
      ok: false,
      code: "ALREADY_PROPOSED",
    });
    expect(canReturnYearEndReview("DISTRICT_PROPOSED", true)).toMatchObject({ ok: false, code: "VERDICT_ISSUED" });
  });
});

describe("the standing office's proposal", () => {
  it("needs the district's proposal", () => {
    expect(canSecretariatPropose(null, "SUBMITTED")).toMatchObject({ ok: false, code: "NO_DISTRICT_PROPOSAL" });
    expect(canSecretariatPropose("DISTRICT_PROPOSED", "SUBMITTED")).toEqual({ ok: true });
    // Revising its own proposal before the decision.
    expect(canSecretariatPropose("SECRETARIAT_PROPOSED", "ACCEPTED")).toEqual({ ok: true });
  });
  it("waits while the review is returned to the district", () => {
    expect(canSecretariatPropose("DISTRICT_PROPOSED", "RETURNED")).toMatchObject({
      ok: false,
      code: "REVIEW_RETURNED",
      message: expect.stringContaining("đề xuất lại"),
    });
  });
});
