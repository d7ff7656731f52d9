// domain.md §8 (2025 reform: 2-level provinces) and issue #13 case 10: in a 2-level province the commune's
// committee is named for its level, and the printed decision has no "Đơn vị cấp huyện" column.
import { describe, expect, it } from "vitest";
import { capitalizeVi, levelNames, provinceDepth } from "@/lib/domain/level-names";

describe("levelNames", () => {
  it('3-level province: district committee, district column, "cấp huyện, cấp xã"', () => {
    expect(levelNames(provinceDepth(true))).toEqual({
      proposerLevel: "cấp huyện",
      proposerCommittee: "Ban Chỉ đạo cấp huyện",
      localCommittees: "Ban Chỉ đạo cấp huyện, cấp xã",
      districtColumn: "Đơn vị cấp huyện",
    });
  });
  it('2-level province: the commune committee, no district column, no "cấp huyện" anywhere', () => {
    const n = levelNames(provinceDepth(false));
    expect(n.proposerCommittee).toBe("Ban Chỉ đạo cấp xã");
    expect(n.districtColumn).toBeNull();
    expect(JSON.stringify(n)).not.toContain("huyện");
  });
  it("capitalizes a Vietnamese level name", () => {
    expect(capitalizeVi("cấp xã")).toBe("Cấp xã");
    expect(`${capitalizeVi(levelNames(2).proposerLevel)} đề xuất`).toBe("Cấp xã đề xuất");
  });
});
