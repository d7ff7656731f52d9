import { describe, it, expect } from "vitest";
import { formatNumberVi, formatPercentVi, roundHalfUp } from "../../../lib/domain/format-vi";

describe("format-vi — numbers as 1.234,5 (domain.md §9)", () => {
  it("uses dot for thousands and comma for decimals", () => {
    expect(formatNumberVi(1234.5)).toBe("1.234,5");
    expect(formatPercentVi(12.5)).toBe("12,5%");
    expect(formatPercentVi(80)).toBe("80%");
  });

  it("roundHalfUp avoids binary artefacts", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(66.65, 1)).toBe(66.7);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
  });
});
