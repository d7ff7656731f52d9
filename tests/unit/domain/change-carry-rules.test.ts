import { describe, expect, it } from "vitest";
import { carryProposals, crossProvinceMoveRefusal } from "@/lib/domain/change-carry-rules";

// Issue #12 §1–2; domain.md §8 ("a merged commune keeps a link to the communes it came from"): the open records of a
// ceasing commune continue with its successor, once per commune and programme.
describe("carryProposals (issue #12 §1: proposals still waiting pass to the successor)", () => {
  const succ = new Map([
    ["A", "C"],
    ["B", "C"],
    ["P", "Q"],
  ]);

  it("moves a waiting proposal to the successor", () => {
    expect(carryProposals([{ id: "pa", programmeId: "g26", communeId: "A" }], succ, new Set())).toEqual([
      { proposalId: "pa", action: "MOVE", toCommuneId: "C" },
    ]);
  });

  it("two predecessors into one successor: the first moves, the second is withdrawn (one proposal per commune)", () => {
    const fates = carryProposals(
      [
        { id: "pa", programmeId: "g26", communeId: "A" },
        { id: "pb", programmeId: "g26", communeId: "B" },
      ],
      succ,
      new Set(),
    );
    expect(fates.map((f) => f.action)).toEqual(["MOVE", "WITHDRAW"]);
    expect(fates[1]).toMatchObject({ reason: "SUCCESSOR_HAS_ONE", toCommuneId: "C" });
  });

  it("a successor that already has a proposal in the programme keeps its own; another programme is free", () => {
    const fates = carryProposals(
      [
        { id: "pa", programmeId: "g26", communeId: "A" },
        { id: "pb", programmeId: "g27", communeId: "B" },
      ],
      succ,
      new Set(["g26:C"]),
    );
    expect(fates.map((f) => f.action)).toEqual(["WITHDRAW", "MOVE"]);
  });

  it("a dissolved commune (no successor) has its proposals withdrawn; a commune that continues keeps them", () => {
    expect(carryProposals([{ id: "px", programmeId: "g26", communeId: "X" }], succ, new Set())).toEqual([
      { proposalId: "px", action: "WITHDRAW", reason: "NO_SUCCESSOR", toCommuneId: null },
    ]);
    expect(
      carryProposals([{ id: "pk", programmeId: "g26", communeId: "K" }], new Map([["K", "K"]]), new Set(["g26:K"])),
    ).toEqual([{ proposalId: "pk", action: "KEEP" }]);
  });
});

describe("crossProvinceMoveRefusal (issue #12 §1 move; domain.md §8, §2: a programme is its province's)", () => {
  it("allows a commune with nothing open in its province", () => {
    expect(crossProvinceMoveRefusal({ openSelections: 0, waitingProposals: 0, openReports: 0 })).toBeNull();
  });

  it("refuses while a selection of an open programme year, a waiting proposal or an open report remains, naming each", () => {
    const r = crossProvinceMoveRefusal({ openSelections: 1, waitingProposals: 2, openReports: 3 });
    expect(r?.code).toBe("CROSS_PROVINCE_HELD");
    expect(r?.message).toContain("1 địa bàn chuyển hóa của chương trình đang mở");
    expect(r?.message).toContain("2 đề xuất chưa quyết định");
    expect(r?.message).toContain("3 báo cáo tháng chưa tiếp nhận");
  });
});
