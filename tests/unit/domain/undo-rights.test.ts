// domain.md §8, last paragraph ("Who may undo a step"): a decision taken at one level can be undone only by that
// level or a higher one; the lower level sees who decided. Issue #13 case 4.
import { describe, expect, it } from "vitest";
import { mayUndoDecision, type UnitLevel } from "@/lib/domain/undo-rights";

describe("mayUndoDecision", () => {
  const levels: UnitLevel[] = ["NATION", "PROVINCE", "DISTRICT", "COMMUNE"];
  it.each([
    ["PROVINCE", "PROVINCE", true],
    ["PROVINCE", "NATION", true],
    ["PROVINCE", "DISTRICT", false],
    ["PROVINCE", "COMMUNE", false],
    ["DISTRICT", "DISTRICT", true],
    ["DISTRICT", "PROVINCE", true],
    ["DISTRICT", "COMMUNE", false],
    // 2-level province: the commune-level committee accepted; the province may undo it, the committee too.
    ["COMMUNE", "COMMUNE", true],
    ["COMMUNE", "PROVINCE", true],
  ] as const)("decided at %s, undone by %s → %s", (decidedLevel, actorLevel, ok) => {
    expect(mayUndoDecision({ decidedLevel, actorLevel }).ok).toBe(ok);
  });

  it("the refusal says who decided, at which level, and who may undo", () => {
    const r = mayUndoDecision({
      decidedLevel: "PROVINCE",
      actorLevel: "DISTRICT",
      decidedBy: "Nguyễn Văn A (Công an tỉnh Trà Vinh)",
    });
    expect(r).toEqual({
      ok: false,
      code: "DECIDED_BY_HIGHER_LEVEL",
      message:
        "Đã được tiếp nhận bởi Nguyễn Văn A (Công an tỉnh Trà Vinh), cấp tỉnh; chỉ cấp tỉnh hoặc cấp trên mới có thể hủy bước này.",
    });
    const v = mayUndoDecision({ decidedLevel: "PROVINCE", actorLevel: "DISTRICT", decision: "phê duyệt" });
    expect(!v.ok && v.message).toBe(
      "Đã được phê duyệt bởi cấp tỉnh; chỉ cấp tỉnh hoặc cấp trên mới có thể hủy bước này.",
    );
  });

  it("an unknown deciding level (old data) counts as the province: never undone from below", () => {
    for (const actorLevel of levels)
      expect(mayUndoDecision({ decidedLevel: null, actorLevel }).ok).toBe(
        actorLevel === "NATION" || actorLevel === "PROVINCE",
      );
  });
});
