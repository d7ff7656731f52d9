import { describe, it, expect } from "vitest";
import { allowedActions, isEditable, transition } from "../../../lib/domain/review-workflow";

describe("review-workflow — submit / return / accept / unlock of reports (domain.md §1–2.5)", () => {
  it("DRAFT: SAVE stays DRAFT, SUBMIT → SUBMITTED", () => {
    expect(transition("DRAFT", "SAVE")).toEqual({ ok: true, next: "DRAFT" });
    expect(transition("DRAFT", "SUBMIT")).toEqual({ ok: true, next: "SUBMITTED" });
  });
  it("SUBMITTED: WITHDRAW → DRAFT, ACCEPT → ACCEPTED", () => {
    expect(transition("SUBMITTED", "WITHDRAW")).toEqual({ ok: true, next: "DRAFT" });
    expect(transition("SUBMITTED", "ACCEPT")).toEqual({ ok: true, next: "ACCEPTED" });
  });
  it("RETURN needs a non-blank reason", () => {
    expect(transition("SUBMITTED", "RETURN", { reason: "Số vụ khám phá lớn hơn số vụ xảy ra" })).toEqual({
      ok: true,
      next: "RETURNED",
    });
    for (const reason of [undefined, null, "", "   \n"]) {
      const r = transition("SUBMITTED", "RETURN", { reason });
      expect(r).toEqual({ ok: false, code: "REASON_REQUIRED", message: "Phải nêu lý do trả lại." });
    }
  });
  it("RETURNED: SAVE keeps RETURNED, SUBMIT → SUBMITTED", () => {
    expect(transition("RETURNED", "SAVE")).toEqual({ ok: true, next: "RETURNED" });
    expect(transition("RETURNED", "SUBMIT")).toEqual({ ok: true, next: "SUBMITTED" });
  });
  it("ACCEPTED: UNLOCK with reason → RETURNED (default) or DRAFT; without reason refused", () => {
    expect(transition("ACCEPTED", "UNLOCK", { reason: "Bổ sung số liệu" })).toEqual({ ok: true, next: "RETURNED" });
    expect(transition("ACCEPTED", "UNLOCK", { reason: "Bổ sung", unlockTo: "DRAFT" })).toEqual({
      ok: true,
      next: "DRAFT",
    });
    expect(transition("ACCEPTED", "UNLOCK", { reason: " " })).toMatchObject({
      ok: false,
      message: "Phải nêu lý do mở khóa.",
    });
  });
  it("invalid transitions are refused with a Vietnamese message", () => {
    expect(transition("ACCEPTED", "SAVE")).toEqual({
      ok: false,
      code: "INVALID_TRANSITION",
      message: "Không thể lưu khi đang ở trạng thái “Đã tiếp nhận”.",
    });
    expect(transition("DRAFT", "ACCEPT").ok).toBe(false);
    expect(transition("DRAFT", "RETURN", { reason: "x" }).ok).toBe(false);
    expect(transition("SUBMITTED", "SAVE").ok).toBe(false);
    expect(transition("SUBMITTED", "UNLOCK", { reason: "x" }).ok).toBe(false);
    expect(transition("RETURNED", "WITHDRAW").ok).toBe(false);
  });
  it("isEditable only in DRAFT and RETURNED", () => {
    expect(isEditable("DRAFT")).toBe(true);
    expect(isEditable("RETURNED")).toBe(true);
    expect(isEditable("SUBMITTED")).toBe(false);
    expect(isEditable("ACCEPTED")).toBe(false);
  });
  it("allowedActions lists the buttons per status", () => {
    expect(allowedActions("SUBMITTED")).toEqual(["WITHDRAW", "RETURN", "ACCEPT"]);
    expect(allowedActions("ACCEPTED")).toEqual(["UNLOCK"]);
  });
});
