import { describe, expect, it } from "vitest";
import {
  committeeNameFor,
  formerCommuneCode,
  formerDistrictCode,
  kindFromName,
  parseOfficialSource,
  provinceUnit,
  type OfficialSource,
} from "@/lib/domain/official-units";
import { planProvinceImport } from "@/lib/domain/official-province-plan";

// Issue #11 §2; Resolution 202/2025/QH15 (2-level units from 01/07/2025): xã, phường, đặc khu.
describe("official unit names", () => {
  it("reads the kind from the name", () => {
    expect(kindFromName("Xã Ba Vì", "COMMUNE")).toBe("XA");
    expect(kindFromName("Phường Ba Đình", "COMMUNE")).toBe("PHUONG");
    expect(kindFromName("Đặc khu Côn Đảo", "COMMUNE")).toBe("DAC_KHU");
    expect(kindFromName("Thị trấn An Dương", "COMMUNE")).toBe("THI_TRAN");
    expect(kindFromName("Thi\u0323 xa\u0303 Ninh Hòa", "DISTRICT")).toBe("THI_XA");
    expect(kindFromName("Quận 4", "DISTRICT")).toBe("QUAN");
    expect(kindFromName("Ba Vì", "COMMUNE")).toBeNull();
    expect(kindFromName("Huyện Ba Vì", "COMMUNE")).toBeNull();
  });
  it("names provinces and committees", () => {
    expect(provinceUnit({ code: "04", name: "Cao Bằng", placeType: "Tỉnh" })).toEqual({
      name: "Tỉnh Cao Bằng",
      kind: "TINH",
    });
    expect(provinceUnit({ code: "01", name: "Thành phố Hà Nội", placeType: "Thành phố Trung Ương" })).toEqual({
      name: "Thành phố Hà Nội",
      kind: "THANH_PHO_TW",
    });
    expect(committeeNameFor("Xã Đông Hòa")).toBe("Ban Chỉ đạo 138 xã Đông Hòa");
  });
  it("gives former units stable codes that never collide with the new ones", () => {
    const m = { oldCode: null, oldProvince: "Tỉnh Gia Lai", oldDistrict: "Huyện KBang", oldName: "Xã Tơ Tung" };
    expect(formerCommuneCode({ ...m, oldCode: "26881" })).toBe("CU-26881");
    expect(formerCommuneCode(m)).toMatch(/^CU-X-[0-9a-f]{10}$/);
    expect(formerCommuneCode(m)).toBe(formerCommuneCode({ ...m, oldDistrict: "Huyện Kbang" }));
    expect(formerDistrictCode("52", "Tỉnh Gia Lai", "Huyện KBang")).toBe(
      formerDistrictCode("52", "Tỉnh Gia Lai", "Huyện Kbang"),
    );
    expect(formerDistrictCode("52", "Tỉnh Gia Lai", "Huyện KBang")).toMatch(/^CU-H-52-[0-9a-f]{10}$/);
  });
});

const row = (id: string, o: Partial<Record<string, string | null>>) => ({
  id,
  old_ward_code: null,
  old_ward_name: null,
  old_district_name: null,
  old_province_name: null,
  new_ward_code: null,
  new_ward_name: null,
  new_province_name: null,
  ...o,
});
const raw = [
  { type: "header" },
  {
    type: "table",
    name: "provinces",
    data: [
      { province_code: "04", name: "Cao Bằng", place_type: "Tỉnh" },
      { province_code: "08", name: "Tuyên Quang", place_type: "Tỉnh" },
    ],
  },
  {
    type: "table",
    name: "wards",
    data: [
      { ward_code: "00100", name: "Xã Mới A", province_code: "04" },
      { ward_code: "00200", name: "Phường Mới B", province_code: "04" },
      { ward_code: "00300", name: "Xa\u0303 Mới C", province_code: "08" },
      { ward_code: "00400", name: "", province_code: "04" },
      { ward_code: "00100", name: "Xã Trùng", province_code: "04" },
    ],
  },
  {
    type: "table",
    name: "ward_mappings",
    data: [
      row("1", {
        old_ward_code: "00101",
        old_ward_name: "Xã Cũ 1",
        old_district_name: "Huyện Một",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "00100",
        new_province_name: "Cao Bằng",
      }),
      row("2", {
        old_ward_code: "00102",
        old_ward_name: "Thị trấn Cũ 2",
        old_district_name: "Huyện Một",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "00100",
      }),
      row("3", {
        old_ward_code: "00101",
        old_ward_name: "Xã Cũ 1",
        old_district_name: "Huyện Một",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "00100",
      }),
      row("4", {
        old_ward_name: "Xã Cũ 3",
        old_district_name: "Huyện Hai",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "00100",
      }),
      row("5", {
        old_ward_name: "Xã Cũ 3",
        old_district_name: "Huyện Hai",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "00200",
      }),
      row("6", {
        old_ward_name: "Xã Cũ 1",
        old_district_name: "Huyện Một",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "00200",
      }),
      row("7", { old_ward_code: "", new_ward_code: "00200", new_ward_name: "Phường Mới B" }),
      row("8", {
        old_ward_code: "00109",
        old_ward_name: "Xã Cũ 9",
        old_district_name: "Huyện Một",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "09999",
        new_province_name: "Cao Bằng",
      }),
      row("9", {
        old_ward_code: "00108",
        old_ward_name: "Xã Cũ 8",
        old_district_name: "Huyện Một",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "00300",
        new_province_name: "Cao Bằng",
      }),
      row("10", {
        old_ward_code: "00101",
        old_ward_name: "Xã Khác",
        old_district_name: "Huyện Một",
        old_province_name: "Tỉnh Cao Bằng",
        new_ward_code: "00200",
      }),
    ],
  },
];

describe("planProvinceImport", () => {
  const source: OfficialSource = parseOfficialSource(raw);
  it("plans the province and its communes in NFC; lists bad ward rows", () => {
    const plan = planProvinceImport(source, "04", false)!;
    expect(plan.province).toMatchObject({ code: "04", name: "Tỉnh Cao Bằng", parentCode: null });
    expect(plan.communes.map((c) => [c.code, c.kind, c.validFrom])).toEqual([
      ["00100", "XA", "2025-07-01"],
      ["00200", "PHUONG", "2025-07-01"],
    ]);
    expect(plan.communesByKind).toEqual({ XA: 1, PHUONG: 1 });
    expect(plan.defects.map((d) => d.code)).toEqual(["MISSING_NAME", "DUPLICATE_CODE"]);
    expect(plan.formerCommunes).toEqual([]);
    expect(planProvinceImport(source, "08", false)!.communes[0].name).toBe("Xã Mới C");
    expect(planProvinceImport(source, "99", false)).toBeNull();
  });
  it("plans the history: former units until 01/07/2025, one link per pair, a split gives two, defects skipped", () => {
    const plan = planProvinceImport(source, "04", true)!;
    expect(plan.formerDistricts.map((d) => [d.name, d.kind, d.validTo])).toEqual([
      ["Huyện Một", "HUYEN", "2025-07-01"],
      ["Huyện Hai", "HUYEN", "2025-07-01"],
    ]);
    const codeOf = (name: string) => plan.formerCommunes.find((c) => c.name === name)!.code;
    expect(codeOf("Xã Cũ 1")).toBe("CU-00101");
    // Row 6 names Xã Cũ 1 without a code: matched by name to the coded row, so Xã Cũ 1 was split too.
    expect(plan.successions).toEqual([
      { fromCode: "CU-00101", toCode: "00100" },
      { fromCode: "CU-00102", toCode: "00100" },
      { fromCode: codeOf("Xã Cũ 3"), toCode: "00100" },
      { fromCode: codeOf("Xã Cũ 3"), toCode: "00200" },
      { fromCode: "CU-00101", toCode: "00200" },
    ]);
    expect(plan.formerCommunes.find((c) => c.name === "Thị trấn Cũ 2")?.kind).toBe("THI_TRAN");
    const defects = Object.fromEntries(
      plan.defects.filter((d) => d.row.startsWith("ward_mappings")).map((d) => [d.row, d.code]),
    );
    expect(defects).toEqual({
      "ward_mappings 3": "DUPLICATE_MAPPING",
      "ward_mappings 7": "MISSING_NAME",
      "ward_mappings 8": "UNKNOWN_TARGET",
      "ward_mappings 10": "CONFLICTING_FORMER",
    });
    // Row 9 goes to a commune of Tuyên Quang while it says Cao Bằng: listed there, not here.
    expect(planProvinceImport(source, "08", true)!.defects.map((d) => d.code)).toEqual(["PROVINCE_MISMATCH"]);
  });
});
