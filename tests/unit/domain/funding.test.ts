import { describe, expect, it } from "vitest";
import { fundingTotals } from "@/lib/domain/funding";
import { formatDong } from "@/lib/format";

// Issue #18 §4, seed 002 mục IV: funding by source (province budget, district/commune budgets, other lawful sources).
describe("funding totals", () => {
  it("sums planned and spent per source and overall, exactly", () => {
    const t = fundingTotals([
      { source: "PROVINCE_BUDGET", planned: 50_000_000n, spent: 45_500_000n },
      { source: "PROVINCE_BUDGET", planned: 9_007_199_254_740_993n, spent: 1n },
      { source: "OTHER_LAWFUL", planned: 10_000_000n, spent: 0n },
    ]);
    expect(t.bySource.PROVINCE_BUDGET).toEqual({ planned: 9_007_199_304_740_993n, spent: 45_500_001n });
    expect(t.bySource.LOCAL_BUDGET).toEqual({ planned: 0n, spent: 0n });
    expect(t.total).toEqual({ planned: 9_007_199_314_740_993n, spent: 45_500_001n });
  });

  it("formats đồng the vi-VN way: 1.234.567 đ", () => {
    expect(formatDong(1_234_567n)).toBe("1.234.567 đ");
    expect(formatDong(0n)).toBe("0 đ");
    expect(formatDong(9_007_199_254_740_993n)).toBe("9.007.199.254.740.993 đ");
  });
});
