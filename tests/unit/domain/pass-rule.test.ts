import { describe, it, expect } from "vitest";
import { computeRecommendation, type RecommendationInput } from "../../../lib/domain/pass-rule";

const indicators = (achieved: (boolean | null)[]) =>
  achieved.map((a, i) => ({ code: `CT${i + 1}`, name: `Chỉ tiêu ${i + 1}`, target: "≥ 80%", achieved: a }));

const base: RecommendationInput = {
  indicators: indicators([true, true, true, true, true]),
  crimeDecreased: true,
  newComplexityEmerged: false,
  generalCriteria: [{ code: "HTCT", name: "Hệ thống chính trị vững mạnh", met: true }],
  typeCriteria: [{ type: "TYPE_4", code: "MT1", name: "Triệt xóa tụ điểm ma túy", met: true }],
  hotspotTypes: ["TYPE_4"],
};

describe("computeRecommendation — seed 002 pass rule: ≥ 80% indicators + basic reduction + no new complexity", () => {
  it("all met → PASSED", () => {
    const r = computeRecommendation(base);
    expect(r).toMatchObject({ recommendation: "PASSED", achievedShare: 100, achievedCount: 5, totalCount: 5 });
  });
  it("exactly 80% (4/5) passes", () => {
    const r = computeRecommendation({ ...base, indicators: indicators([true, true, true, true, false]) });
    expect(r.recommendation).toBe("PASSED");
    expect(r.achievedShare).toBe(80);
    expect(r.reasons.find((x) => x.code === "INDICATOR_SHARE_OK")?.message).toBe(
      "Đạt 4/5 chỉ tiêu (80%), yêu cầu từ 80% trở lên.",
    );
  });
  it("just below 80% (7/9 = 77,8%) fails", () => {
    const r = computeRecommendation({
      ...base,
      indicators: indicators([true, true, true, true, true, true, true, false, false]),
    });
    expect(r.recommendation).toBe("NOT_PASSED");
    expect(r.reasons.find((x) => x.code === "INDICATOR_SHARE_LOW")?.message).toContain("7/9 chỉ tiêu (77,8%)");
  });
  it("lists a reason for every indicator, failing ones included", () => {
    const r = computeRecommendation({ ...base, indicators: indicators([true, false, true, true, true]) });
    const perIndicator = r.reasons.filter((x) => x.ref?.startsWith("CT"));
    expect(perIndicator).toHaveLength(5);
    expect(perIndicator[1]).toMatchObject({ code: "INDICATOR_NOT_ACHIEVED", ok: false, blocking: false });
    expect(perIndicator[1]?.message).toBe("Chỉ tiêu “Chỉ tiêu 2” (chỉ tiêu ≥ 80%): không đạt.");
    expect(r.recommendation).toBe("PASSED");
  });
  it("missing indicator data counts as not achieved and says so", () => {
    const r = computeRecommendation({ ...base, indicators: indicators([true, true, true, null, null]) });
    expect(r.achievedCount).toBe(3);
    expect(r.recommendation).toBe("NOT_PASSED");
    const missing = r.reasons.filter((x) => x.code === "INDICATOR_MISSING_DATA");
    expect(missing).toHaveLength(2);
    expect(missing[0]?.message).toContain("thiếu số liệu, tính là không đạt");
  });
  it("no indicators → NOT_PASSED with NO_INDICATORS, share null", () => {
    const r = computeRecommendation({ ...base, indicators: [] });
    expect(r).toMatchObject({ recommendation: "NOT_PASSED", achievedShare: null, totalCount: 0 });
    expect(r.reasons.some((x) => x.code === "NO_INDICATORS")).toBe(true);
  });
  it("100% indicators but crime not decreased → NOT_PASSED", () => {
    expect(computeRecommendation({ ...base, crimeDecreased: false }).recommendation).toBe("NOT_PASSED");
  });
  it("crime decrease unknown (null) → not met with a reason", () => {
    const r = computeRecommendation({ ...base, crimeDecreased: null });
    expect(r.recommendation).toBe("NOT_PASSED");
    expect(r.reasons.find((x) => x.code === "CRIME_DECREASE_UNKNOWN")?.ok).toBe(false);
  });
  it("new complexity emerged, or unknown → NOT_PASSED", () => {
    expect(computeRecommendation({ ...base, newComplexityEmerged: true }).recommendation).toBe("NOT_PASSED");
    const r = computeRecommendation({ ...base, newComplexityEmerged: null });
    expect(r.reasons.find((x) => x.code === "NEW_COMPLEXITY_UNKNOWN")?.message).toContain("tính là chưa đạt");
  });
  it("threshold is configuration (e.g. 90%): 4/5 then fails", () => {
    expect(
      computeRecommendation({ ...base, thresholdPercent: 90, indicators: indicators([true, true, true, true, false]) })
        .recommendation,
    ).toBe("NOT_PASSED");
    expect(() => computeRecommendation({ ...base, thresholdPercent: 0 })).toThrow(RangeError);
  });
});

describe("computeRecommendation — seed 001: general criteria AND the specific criteria of the type (Loại 4)", () => {
  it("a general criterion not met blocks", () => {
    const r = computeRecommendation({
      ...base,
      generalCriteria: [{ code: "HTCT", name: "Hệ thống chính trị vững mạnh", met: false }],
    });
    expect(r.recommendation).toBe("NOT_PASSED");
    expect(r.reasons.find((x) => x.ref === "HTCT")?.message).toBe(
      "Tiêu chí chung “Hệ thống chính trị vững mạnh”: chưa đạt.",
    );
  });
  it("unknown (null) qualitative criterion → not met with a reason", () => {
    const r = computeRecommendation({ ...base, generalCriteria: [{ code: "MH", name: "Mô hình tự quản", met: null }] });
    expect(r.recommendation).toBe("NOT_PASSED");
    expect(r.reasons.find((x) => x.ref === "MH")).toMatchObject({ code: "CRITERION_NOT_ASSESSED", ok: false });
  });
  it("several types (1+3+4): every criterion of every type must be met", () => {
    const input: RecommendationInput = {
      ...base,
      hotspotTypes: ["TYPE_1", "TYPE_3", "TYPE_4"],
      typeCriteria: [
        { type: "TYPE_1", code: "L1", name: "Triệt xóa tụ điểm cờ bạc", met: true },
        { type: "TYPE_3", code: "L3", name: "Xử lý cơ sở gây ô nhiễm", met: true },
        { type: "TYPE_4", code: "L4", name: "Triệt xóa tụ điểm ma túy", met: true },
      ],
    };
    expect(computeRecommendation(input).recommendation).toBe("PASSED");
    const failing = {
      ...input,
      typeCriteria: input.typeCriteria.map((c) => (c.type === "TYPE_3" ? { ...c, met: false } : c)),
    };
    const r = computeRecommendation(failing);
    expect(r.recommendation).toBe("NOT_PASSED");
    expect(r.reasons.find((x) => x.ref === "L3")?.message).toBe("Tiêu chí Loại 3 “Xử lý cơ sở gây ô nhiễm”: chưa đạt.");
  });
  it("criteria of types the commune does not have are ignored", () => {
    const r = computeRecommendation({
      ...base,
      typeCriteria: [...base.typeCriteria, { type: "TYPE_2", code: "L2", name: "Kinh tế", met: false }],
    });
    expect(r.recommendation).toBe("PASSED");
    expect(r.reasons.some((x) => x.ref === "L2")).toBe(false);
  });
  it("a type of the commune without configured criteria → not confirmed", () => {
    const r = computeRecommendation({ ...base, hotspotTypes: ["TYPE_4", "TYPE_2"] });
    expect(r.recommendation).toBe("NOT_PASSED");
    expect(r.reasons.find((x) => x.code === "TYPE_CRITERIA_MISSING")?.message).toContain("Loại 2");
  });
  it("no types (seed 002, before type-based guidance) → only general rule applies; duplicate types counted once", () => {
    expect(computeRecommendation({ ...base, hotspotTypes: [], typeCriteria: [] }).recommendation).toBe("PASSED");
    const r = computeRecommendation({ ...base, hotspotTypes: ["TYPE_4", "TYPE_4"] });
    expect(r.reasons.filter((x) => x.ref === "MT1")).toHaveLength(1);
  });
});

describe('computeRecommendation — further edge cases (issue #5 "Done means": exactly 80%, missing indicators, qualitative criteria, several types)', () => {
  it("exactly 80% with the fifth indicator missing (4 achieved + 1 missing) still passes: missing counts as not achieved only", () => {
    const r = computeRecommendation({ ...base, indicators: indicators([true, true, true, true, null]) });
    expect(r).toMatchObject({ recommendation: "PASSED", achievedShare: 80, achievedCount: 4, totalCount: 5 });
    expect(r.reasons.find((x) => x.code === "INDICATOR_MISSING_DATA")).toMatchObject({ ok: false, blocking: false });
  });
  it("exactly 80% on 8/10 passes, 79/100 fails (no rounding up)", () => {
    expect(
      computeRecommendation({ ...base, indicators: indicators([...Array(8).fill(true), false, false]) }).recommendation,
    ).toBe("PASSED");
    expect(
      computeRecommendation({ ...base, indicators: indicators([...Array(79).fill(true), ...Array(21).fill(false)]) })
        .recommendation,
    ).toBe("NOT_PASSED");
  });
  it("every indicator met but one type criterion (Loại 3 of a 1+3+4 commune) not assessed → NOT_PASSED, reason names Loại 3", () => {
    const r = computeRecommendation({
      ...base,
      hotspotTypes: ["TYPE_1", "TYPE_3", "TYPE_4"],
      typeCriteria: [
        { type: "TYPE_1", code: "L1", name: "Triệt xóa tụ điểm cờ bạc", met: true },
        { type: "TYPE_3", code: "L3", name: "Xử lý dứt điểm cơ sở gây ô nhiễm", met: null },
        { type: "TYPE_4", code: "L4", name: "Triệt xóa tụ điểm ma túy", met: true },
      ],
    });
    expect(r.recommendation).toBe("NOT_PASSED");
    const failing = r.reasons.filter((x) => !x.ok);
    expect(failing).toHaveLength(1);
    expect(failing[0]?.message).toContain("Loại 3");
  });
  it("several blocking failures are all listed (not only the first)", () => {
    const r = computeRecommendation({
      ...base,
      crimeDecreased: false,
      newComplexityEmerged: true,
      generalCriteria: [{ code: "HTCT", name: "Hệ thống chính trị", met: false }],
    });
    expect(r.reasons.filter((x) => !x.ok && x.blocking).map((x) => x.code)).toEqual([
      "CRIME_NOT_DECREASED",
      "NEW_COMPLEXITY",
      "CRITERION_NOT_MET",
    ]);
  });
});
