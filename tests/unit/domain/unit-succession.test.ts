// domain.md §8 (the 2025 reform: merged communes keep a link to the communes they came from) and issue #12 §2
// ("Inputs that must give these values"): a province of 20 communes; on 01/07/2025 A and B merge into C.
import { describe, expect, it } from "vitest";
import {
  baselineSources,
  carrySelections,
  monthlyEntryRefusal,
  nameOn,
  nameWithToday,
  periodTotal,
  successorsOn,
  unitExistsInMonth,
  type SuccessionLink,
  type UnitMonthValue,
} from "@/lib/domain/unit-succession";
import { countActiveUnits, maxSelectable, type UnitValidity } from "@/lib/domain/selection-cap";
import { monthRange } from "@/lib/domain/period";
import { vnDate } from "@/lib/domain/vn-date";

const REFORM = vnDate(2025, 7, 1);
const old = (validTo: Date | null = null): UnitValidity => ({ validFrom: null, validTo });
const units = new Map<string, UnitValidity>([
  ["A", old(REFORM)],
  ["B", old(REFORM)],
  ["C", { validFrom: REFORM, validTo: null }],
  ...Array.from({ length: 18 }, (_, i) => [`X${i}`, old()] as [string, UnitValidity]),
]);
const merge: SuccessionLink[] = [
  { fromUnitId: "A", toUnitId: "C", effectiveDate: REFORM },
  { fromUnitId: "B", toUnitId: "C", effectiveDate: REFORM },
];
const months2025H1 = monthRange({ year: 2025, month: 1 }, 6);
const months2025 = monthRange({ year: 2025, month: 1 }, 12);

describe("unitExistsInMonth (validFrom inclusive, validTo exclusive)", () => {
  it("a unit created on the 1st reports from that month, not the month before", () => {
    expect(unitExistsInMonth(units.get("C")!, { year: 2025, month: 7 })).toBe(true);
    expect(unitExistsInMonth(units.get("C")!, { year: 2025, month: 6 })).toBe(false);
  });
  it("a unit ceasing on 01/07 reports up to June only", () => {
    expect(unitExistsInMonth(units.get("A")!, { year: 2025, month: 6 })).toBe(true);
    expect(unitExistsInMonth(units.get("A")!, { year: 2025, month: 7 })).toBe(false);
  });
  it("a unit created on the 15th reports that month; one ceasing on the 2nd reports its first day", () => {
    expect(unitExistsInMonth({ validFrom: vnDate(2025, 7, 15), validTo: null }, { year: 2025, month: 7 })).toBe(true);
    expect(unitExistsInMonth({ validFrom: vnDate(2025, 7, 15), validTo: null }, { year: 2025, month: 6 })).toBe(false);
    expect(unitExistsInMonth({ validFrom: null, validTo: vnDate(2025, 7, 2) }, { year: 2025, month: 7 })).toBe(true);
    expect(unitExistsInMonth({ validFrom: null, validTo: vnDate(2025, 7, 2) }, { year: 2025, month: 8 })).toBe(false);
  });
  it("refuses entry with a Vietnamese message naming the first or last day", () => {
    expect(monthlyEntryRefusal({ ...units.get("C")!, name: "Xã C" }, { year: 2025, month: 6 })).toEqual({
      code: "UNIT_NOT_YET_EXISTING",
      message: "Xã C được thành lập từ ngày 01/07/2025: không nhập số liệu tháng 06/2025.",
    });
    expect(monthlyEntryRefusal({ ...units.get("A")!, name: "Xã A" }, { year: 2025, month: 7 })?.code).toBe(
      "UNIT_CEASED",
    );
    expect(monthlyEntryRefusal({ ...units.get("A")!, name: "Xã A" }, { year: 2025, month: 6 })).toBeNull();
  });
});

describe('baselineSources ("same period last year" of a successor)', () => {
  const values: UnitMonthValue[] = [
    ...months2025H1.map((m, i) => ({ unitId: "A", ...m, value: i < 4 ? 2 : 1 })), // 2+2+2+2+1+1 = 10
    ...months2025H1.map((m) => ({ unitId: "B", ...m, value: 1 })), // 6
    ...monthRange({ year: 2025, month: 7 }, 6).map((m, i) => ({ unitId: "C", ...m, value: i < 3 ? 2 : 1 })), // 9
  ];
  it("C's baseline for January–June 2026 is A + B of January–June 2025 = 16", () => {
    let baseline = 0;
    for (const m of months2025H1) {
      const src = baselineSources("C", m, units, merge);
      expect(src.comparable).toBe(true);
      if (src.comparable) baseline += periodTotal(values, new Set(src.unitIds), [m]);
    }
    expect(baseline).toBe(16);
  });
  it("C is its own baseline for a month it existed in", () => {
    expect(baselineSources("C", { year: 2025, month: 9 }, units, merge)).toEqual({ comparable: true, unitIds: ["C"] });
  });
  it("follows two changes back (A+B → C in 2025, C+D → E in 2026)", () => {
    const E = vnDate(2026, 3, 1);
    const more = new Map(units)
      .set("C", { validFrom: REFORM, validTo: E })
      .set("D", old(E))
      .set("E", { validFrom: E, validTo: null });
    const links = [
      ...merge,
      { fromUnitId: "C", toUnitId: "E", effectiveDate: E },
      { fromUnitId: "D", toUnitId: "E", effectiveDate: E },
    ];
    const src = baselineSources("E", { year: 2025, month: 3 }, more, links);
    expect(src.comparable && [...src.unitIds].sort()).toEqual(["A", "B", "D"]);
  });
  it('after a split no comparable baseline exists ("không có số liệu cùng kỳ so sánh được")', () => {
    const split = new Map<string, UnitValidity>([
      ["P", old(REFORM)],
      ["Q", { validFrom: REFORM, validTo: null }],
      ["R", { validFrom: REFORM, validTo: null }],
    ]);
    const links = [
      { fromUnitId: "P", toUnitId: "Q", effectiveDate: REFORM },
      { fromUnitId: "P", toUnitId: "R", effectiveDate: REFORM },
    ];
    const src = baselineSources("Q", { year: 2025, month: 3 }, split, links);
    expect(src.comparable).toBe(false);
    expect(!src.comparable && src.message).toMatch(/không có số liệu cùng kỳ so sánh được/i);
    // A merge that takes in one part of a split commune is not comparable either.
    const withMerge = new Map(split).set("S", old(REFORM)).set("T", { validFrom: REFORM, validTo: null });
    const mixed = [
      ...links,
      { fromUnitId: "P", toUnitId: "T", effectiveDate: REFORM },
      { fromUnitId: "S", toUnitId: "T", effectiveDate: REFORM },
    ];
    expect(baselineSources("T", { year: 2025, month: 3 }, withMerge, mixed).comparable).toBe(false);
  });
  it("a merge into an existing commune adds the absorbed commune to its own baseline", () => {
    const into = new Map<string, UnitValidity>([
      ["K", old()],
      ["L", old(REFORM)],
    ]);
    const links = [{ fromUnitId: "L", toUnitId: "K", effectiveDate: REFORM }];
    const src = baselineSources("K", { year: 2025, month: 3 }, into, links);
    expect(src.comparable && [...src.unitIds].sort()).toEqual(["K", "L"]);
    expect(baselineSources("K", { year: 2025, month: 8 }, into, links)).toEqual({ comparable: true, unitIds: ["K"] });
  });
  it("a change that took effect before the baseline month does not matter, even a split", () => {
    const early = vnDate(2020, 1, 1);
    const split = new Map<string, UnitValidity>([
      ["P", old(early)],
      ["Q", { validFrom: early, validTo: null }],
      ["R", { validFrom: early, validTo: null }],
    ]);
    const links = [
      { fromUnitId: "P", toUnitId: "Q", effectiveDate: early },
      { fromUnitId: "P", toUnitId: "R", effectiveDate: early },
    ];
    expect(baselineSources("Q", { year: 2025, month: 3 }, split, links)).toEqual({ comparable: true, unitIds: ["Q"] });
  });
  it("a commune that gave part of its area away, or received a part of one that continued, has no comparable baseline", () => {
    const off = new Map<string, UnitValidity>([
      ["K", old()],
      ["N", { validFrom: REFORM, validTo: null }],
    ]);
    const links = [{ fromUnitId: "K", toUnitId: "N", effectiveDate: REFORM }];
    expect(baselineSources("K", { year: 2025, month: 3 }, off, links).comparable).toBe(false);
    expect(baselineSources("N", { year: 2025, month: 3 }, off, links).comparable).toBe(false);
  });
  it("a unit with neither figures nor predecessors that month has an empty baseline", () => {
    expect(
      baselineSources("N", { year: 2025, month: 3 }, new Map([["N", { validFrom: REFORM, validTo: null }]]), []),
    ).toEqual({ comparable: true, unitIds: [] });
  });
});

describe("periodTotal (each value once, whatever the tree)", () => {
  const values: UnitMonthValue[] = [
    { unitId: "A", year: 2025, month: 1, value: 10 },
    { unitId: "B", year: 2025, month: 2, value: 6 },
    { unitId: "C", year: 2025, month: 8, value: 9 },
  ];
  it("the province's 2025 total is 25, not 41 (A's and B's figures are not copied to C)", () => {
    expect(periodTotal(values, new Set(units.keys()), months2025)).toBe(25);
  });
  it("a value listed twice (e.g. reached through an old and a new parent) counts once", () => {
    expect(periodTotal([...values, values[0]!], new Set(units.keys()), months2025)).toBe(25);
  });
  it("only the months asked for, only the units under the parent", () => {
    expect(periodTotal(values, new Set(["A", "C"]), months2025H1)).toBe(10);
  });
});

describe("the cap counts the communes existing on the decision day (seed 002 mục II.2)", () => {
  it("19 communes on 02/07/2025 → at most floor(15% × 19) = 2", () => {
    const n = countActiveUnits([...units.values()], vnDate(2025, 7, 2));
    expect(n).toBe(19);
    expect(maxSelectable(15, n)).toBe(2);
    expect(countActiveUnits([...units.values()], vnDate(2025, 6, 30))).toBe(20); // A and B, C not yet
  });
});

describe("carrySelections (a ceased commune’s selection passes to its successor)", () => {
  const successorOf = new Map([
    ["A", "C"],
    ["B", "C"],
  ]);
  it("A selected in 2025 and merged into C: C is on the list with A's plan and types, counted once", () => {
    const out = carrySelections(
      [
        { selectionId: "sA", communeId: "A", hotspotTypes: ["TYPE_1"], hasPlan: true },
        { selectionId: "sX", communeId: "X0", hotspotTypes: ["TYPE_2"], hasPlan: false },
      ],
      successorOf,
    );
    expect(out).toEqual([
      { communeId: "C", keepSelectionId: "sA", foldedSelectionIds: [], hotspotTypes: ["TYPE_1"] },
      { communeId: "X0", keepSelectionId: "sX", foldedSelectionIds: [], hotspotTypes: ["TYPE_2"] },
    ]);
  });
  it("two selected predecessors → one selection, types united, the one with a plan kept", () => {
    const out = carrySelections(
      [
        { selectionId: "sA", communeId: "A", hotspotTypes: ["TYPE_3"], hasPlan: false },
        { selectionId: "sB", communeId: "B", hotspotTypes: ["TYPE_1", "TYPE_3"], hasPlan: true },
      ],
      successorOf,
    );
    expect(out).toEqual([
      { communeId: "C", keepSelectionId: "sB", foldedSelectionIds: ["sA"], hotspotTypes: ["TYPE_1", "TYPE_3"] },
    ]);
  });
  it("the successor's own selection is kept when it had one", () => {
    const out = carrySelections(
      [
        { selectionId: "sA", communeId: "A", hotspotTypes: ["TYPE_2"], hasPlan: true },
        { selectionId: "sC", communeId: "C", hotspotTypes: ["TYPE_4"], hasPlan: false },
      ],
      successorOf,
    );
    expect(out).toEqual([
      { communeId: "C", keepSelectionId: "sC", foldedSelectionIds: ["sA"], hotspotTypes: ["TYPE_2", "TYPE_4"] },
    ]);
  });
});

describe("successorsOn (a relapse watch passes to the successor)", () => {
  it("a watched A is watched as C after the merge; before it, A itself", () => {
    expect(successorsOn("A", vnDate(2025, 8, 1), units, merge)).toEqual(["C"]);
    expect(successorsOn("A", vnDate(2025, 6, 1), units, merge)).toEqual(["A"]);
  });
  it("a split commune passes its watch to every part", () => {
    const split = new Map<string, UnitValidity>([
      ["P", old(REFORM)],
      ["Q", { validFrom: REFORM, validTo: null }],
      ["R", { validFrom: REFORM, validTo: null }],
    ]);
    const links = [
      { fromUnitId: "P", toUnitId: "Q", effectiveDate: REFORM },
      { fromUnitId: "P", toUnitId: "R", effectiveDate: REFORM },
    ];
    expect(successorsOn("P", vnDate(2025, 8, 1), split, links)).toEqual(["Q", "R"]);
  });
});

describe("names of that time (issue #12 §3)", () => {
  const former = [
    { name: "Xã Cũ 1", validFrom: null, validTo: vnDate(2020, 1, 1) },
    { name: "Xã Cũ 2", validFrom: vnDate(2020, 1, 1), validTo: REFORM },
  ];
  it("the name on a day is the one of its period; today the current one; the rename day takes the new name", () => {
    expect(nameOn("Xã Mới", former, vnDate(2019, 12, 31))).toBe("Xã Cũ 1");
    expect(nameOn("Xã Mới", former, vnDate(2020, 1, 1))).toBe("Xã Cũ 2");
    expect(nameOn("Xã Mới", former, vnDate(2025, 6, 30))).toBe("Xã Cũ 2");
    expect(nameOn("Xã Mới", former, REFORM)).toBe("Xã Mới");
  });
  it('"nay là …" only when today differs', () => {
    expect(nameWithToday("Xã A", ["Xã C"])).toBe("Xã A (nay là Xã C)");
    expect(nameWithToday("Xã P", ["Xã Q", "Xã R"])).toBe("Xã P (nay là Xã Q, Xã R)");
    expect(nameWithToday("Xã C", ["Xã C"])).toBe("Xã C");
  });
});
