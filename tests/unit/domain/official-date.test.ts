import { describe, expect, it } from "vitest";
import { officialDateText } from "@/lib/domain/official-date";

// NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4.b: day < 10 and months 1, 2 with a leading zero.
describe("officialDateText", () => {
  it("pads days 1–9 and months 1 and 2 only", () => {
    expect(officialDateText({ day: 5, month: 3, year: 2026 })).toBe("ngày 05 tháng 3 năm 2026");
    expect(officialDateText({ day: 17, month: 2, year: 2027 })).toBe("ngày 17 tháng 02 năm 2027");
    expect(officialDateText({ day: 1, month: 1, year: 2027 })).toBe("ngày 01 tháng 01 năm 2027");
    expect(officialDateText({ day: 10, month: 10, year: 2026 })).toBe("ngày 10 tháng 10 năm 2026");
    expect(officialDateText({ day: 9, month: 9, year: 2026 })).toBe("ngày 09 tháng 9 năm 2026");
    expect(officialDateText({ day: 31, month: 12, year: 2026 })).toBe("ngày 31 tháng 12 năm 2026");
  });
});
