import { describe, it, expect } from "vitest";
import { checkOutlier, median, medianAbsoluteDeviation } from "../../../lib/domain/outlier";

describe("median / MAD", () => {
  it("odd and even lengths, order-independent", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
  it("MAD of 1,2,3,4,100 is 1", () => {
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1);
  });
});

describe("checkOutlier — > 3 MAD from the median of the last 12 months → warning, not block (brief)", () => {
  // median 10, MAD 1.5 → tolerance max(3 × 1.5, 2, 25% × 10) = 4.5
  const history = [8, 12, 10, 9, 11, 10, 8, 12, 10, 14, 6, 10];

  it("exactly 3 MAD away is accepted (14.5), just beyond is flagged (14.6)", () => {
    const r = checkOutlier(14.5, history);
    expect(r).toMatchObject({ median: 10, mad: 1.5, tolerance: 4.5, isOutlier: false });
    expect(checkOutlier(14.6, history).isOutlier).toBe(true);
    expect(checkOutlier(5.5, history).isOutlier).toBe(false);
  });
  it("far above → warning with Vietnamese message", () => {
    const r = checkOutlier(40, history, {}, "Số vụ phạm pháp hình sự");
    expect(r.isOutlier).toBe(true);
    expect(r.warning?.code).toBe("OUTLIER");
    expect(r.warning?.message).toContain("Số vụ phạm pháp hình sự 40 khác thường");
    expect(r.warning?.message).toContain("trung vị 10");
  });
  it("far below is flagged too", () => {
    expect(checkOutlier(0, [20, 21, 19, 20, 22, 18, 20, 21]).isOutlier).toBe(true);
  });
  it("boundary: deviation equal to tolerance is not flagged, just above is", () => {
    // median 10, MAD 2 (values 8/12 around 10) → tolerance 6
    const h = [8, 12, 8, 12, 8, 12, 10];
    expect(checkOutlier(10 + 6, h).isOutlier).toBe(false);
    expect(checkOutlier(10 + 6.01, h).isOutlier).toBe(true);
  });
  it("MAD = 0 (constant zeros): absolute floor 2 — 2 cases fine, 3 cases warn", () => {
    const zeros = Array.from({ length: 12 }, () => 0);
    expect(checkOutlier(2, zeros).isOutlier).toBe(false);
    expect(checkOutlier(3, zeros).isOutlier).toBe(true);
    expect(checkOutlier(0, zeros).isOutlier).toBe(false);
  });
  it("MAD = 0 on a large steady count: relative floor 25% of the median", () => {
    const households = Array.from({ length: 12 }, () => 400);
    expect(checkOutlier(500, households).isOutlier).toBe(false);
    expect(checkOutlier(501, households).isOutlier).toBe(true);
  });
  it("fewer than 6 usable points → no judgement", () => {
    const r = checkOutlier(1000, [1, 2, null, 3, 2, 1]);
    expect(r).toMatchObject({ isOutlier: false, skipped: "INSUFFICIENT_HISTORY" });
    expect(checkOutlier(1000, []).skipped).toBe("INSUFFICIENT_HISTORY");
  });
  it("only the last 12 months count (older spikes are ignored)", () => {
    const h = [500, 500, 500, 500, 500, 500, ...Array.from({ length: 12 }, () => 1)];
    expect(checkOutlier(400, h).median).toBe(1);
  });
  it("missing value → no warning", () => {
    expect(checkOutlier(null, history)).toMatchObject({ isOutlier: false, skipped: "NO_VALUE" });
  });
  it("options are configurable (minHistory, multiplier)", () => {
    expect(checkOutlier(20, [1, 1, 2], { minHistory: 3 }).isOutlier).toBe(true);
    expect(checkOutlier(40, history, { madMultiplier: 100 }).isOutlier).toBe(false);
  });
});
