import { describe, expect, it } from "vitest";
import { wrongKindValue } from "@/lib/domain/value-kind";

// Developers' guide: "Bad input always gets a clear error and changes nothing … never a silently changed value";
// issue #13 (figures people can trust). A value in another kind's field was dropped, saving an empty cell.
describe("wrongKindValue", () => {
  it("accepts the indicator's own field, nulls and absent fields", () => {
    expect(wrongKindValue("COUNT", "Số vụ", { num: 5 })).toBeNull();
    expect(wrongKindValue("COUNT", "Số vụ", { num: 5, bool: null, text: null })).toBeNull();
    expect(wrongKindValue("COUNT", "Số vụ", {})).toBeNull();
    expect(wrongKindValue("BOOLEAN", "Có tổ tự quản", { bool: false })).toBeNull();
    expect(wrongKindValue("TEXT", "Ghi nhận khác", { text: "" })).toBeNull();
  });
  it("refuses a count sent as yes/no or text, naming the indicator", () => {
    expect(wrongKindValue("COUNT", "Số vụ", { bool: true })?.message).toBe("“Số vụ” chỉ nhận một số.");
    expect(wrongKindValue("COUNT", "Số vụ", { text: "5" })?.message).toBe("“Số vụ” chỉ nhận một số.");
    expect(wrongKindValue("COUNT", "Số vụ", { bool: false, num: 3 })?.code).toBe("WRONG_KIND");
  });
  it("refuses a yes/no sent as a number or text, and a text sent as a number or yes/no", () => {
    expect(wrongKindValue("BOOLEAN", "Có tổ tự quản", { num: 1 })?.message).toBe(
      "“Có tổ tự quản” chỉ nhận Có hoặc Không.",
    );
    expect(wrongKindValue("BOOLEAN", "Có tổ tự quản", { text: "Có" })).not.toBeNull();
    expect(wrongKindValue("TEXT", "Ghi nhận khác", { num: 0 })?.message).toBe(
      "“Ghi nhận khác” chỉ nhận nội dung văn bản.",
    );
    expect(wrongKindValue("TEXT", "Ghi nhận khác", { bool: true })).not.toBeNull();
  });
});
