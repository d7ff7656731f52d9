import { describe, expect, it } from "vitest";
import { checkBulkUserRows, roleFromCell } from "@/lib/domain/bulk-user-rows";
import { checkUnitSheet, type ExistingUnit, type UnitSheetRow } from "@/lib/domain/unit-sheet-rows";

// Issue #11 §3 (units from a spreadsheet) and §5 (bulk accounts): every row's error at once.
const labels = {
  ADMIN: "Quản trị hệ thống",
  COMMUNE_POLICE: "Công an xã, phường, thị trấn",
  PROVINCE_LEADER: "Lãnh đạo tỉnh",
};
const text = {
  unknownRole: "role {role}",
  roleNotAssignable: "not assignable {role}",
  roleLevel: "level {role} {level}",
  unknownUnit: "unit {code}",
  formerUnit: "former {code}",
  duplicateInFile: "dup {other}",
  taken: "taken",
};

describe("bulk account rows", () => {
  it("reads a role from its code, label or alias, any marks or case", () => {
    expect(roleFromCell("commune_police", labels)).toBe("COMMUNE_POLICE");
    expect(roleFromCell("cong an xa, phuong, thi tran", labels)).toBe("COMMUNE_POLICE");
    expect(roleFromCell("Công an Xã", labels, { COMMUNE_POLICE: ["Công an xã"] })).toBe("COMMUNE_POLICE");
    expect(roleFromCell("Giám đốc", labels)).toBeNull();
  });
  it("lists unknown units, ceased units, roles and duplicates by row", () => {
    const row = (n: number, username: string, role: string, unitCode: string) => ({
      row: n,
      username,
      fullName: "A B",
      position: "",
      role,
      unitCode,
    });
    const errors = checkBulkUserRows<keyof typeof labels, "NATION" | "PROVINCE" | "COMMUNE">(
      [
        row(2, "a", "COMMUNE_POLICE", "X1"),
        row(3, "b", "COMMUNE_POLICE", "NOPE"),
        row(4, "c", "COMMUNE_POLICE", "OLD"),
        row(5, "d", "PROVINCE_LEADER", "X1"),
        row(6, "e", "ADMIN", "P"),
        row(7, "a", "COMMUNE_POLICE", "X1"),
        row(8, "t", "COMMUNE_POLICE", "X1"),
      ],
      {
        roleLabels: labels,
        roleLevels: { ADMIN: ["NATION"], COMMUNE_POLICE: ["COMMUNE"], PROVINCE_LEADER: ["PROVINCE"] },
        levelLabels: { NATION: "Toàn quốc", PROVINCE: "Cấp tỉnh", COMMUNE: "Cấp xã" },
        assignable: ["COMMUNE_POLICE", "PROVINCE_LEADER"],
        taken: new Set(["t"]),
        text,
        units: new Map([
          ["X1", { id: "1", level: "COMMUNE", ceased: false }],
          ["OLD", { id: "2", level: "COMMUNE", ceased: true }],
          ["P", { id: "3", level: "PROVINCE", ceased: false }],
        ]),
      },
    );
    expect(errors.map((e) => [e.row, e.message])).toEqual([
      [3, "unit NOPE"],
      [4, "former OLD"],
      [5, "level Lãnh đạo tỉnh cấp xã"],
      [6, "not assignable Quản trị hệ thống"],
      [7, "dup 2"],
      [8, "taken"],
    ]);
  });
});

describe("units spreadsheet rows", () => {
  const existing = new Map<string, ExistingUnit>([
    [
      "VN",
      {
        code: "VN",
        name: "Toàn quốc",
        level: "NATION",
        parentCode: null,
        validFrom: "1976-07-02",
        validTo: null,
        inScope: true,
      },
    ],
    [
      "91",
      {
        code: "91",
        name: "Tỉnh A",
        level: "PROVINCE",
        parentCode: "VN",
        validFrom: "1976-07-02",
        validTo: null,
        inScope: true,
      },
    ],
    [
      "92",
      {
        code: "92",
        name: "Tỉnh B",
        level: "PROVINCE",
        parentCode: "VN",
        validFrom: "1976-07-02",
        validTo: null,
        inScope: false,
      },
    ],
  ]);
  // "bad" stands for a day the caller could not read (undefined).
  const day = (d: string | null) => (d === "bad" ? undefined : d);
  const row = (
    n: number,
    code: string,
    name: string,
    level: string,
    parentCode: string,
    validFrom: string | null = null,
    validTo: string | null = null,
  ): UnitSheetRow => ({
    row: n,
    code,
    name,
    level,
    parentCode,
    validFromText: String(validFrom),
    validFrom: day(validFrom),
    validToText: String(validTo),
    validTo: day(validTo),
  });
  it("plans creations with parents from the file or the tree, and updates", () => {
    const { units, errors } = checkUnitSheet(
      [
        row(2, "X2", "Xã Con", "xã", "H1"),
        row(3, "H1", "Huyện Một", "huyện", "91", null, "2025-07-01"),
        row(4, "91", "Tỉnh A Mới", "tỉnh", ""),
      ],
      existing,
      "VN",
    );
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.code, u.level, u.kind, u.parentCode, u.action])).toEqual([
      ["X2", "COMMUNE", "XA", "H1", "create"],
      ["H1", "DISTRICT", "HUYEN", "91", "create"],
      ["91", "PROVINCE", "TINH", "VN", "update"],
    ]);
  });
  it("lists every row's error", () => {
    const { units, errors } = checkUnitSheet(
      [
        row(2, "bad code!", "Xã A", "xã", "91"),
        row(3, "D", "Xã B", "xã", "91"),
        row(4, "D", "Xã C", "xã", "91"),
        row(5, "E", "Làng E", "xã", "91"),
        row(6, "F", "Xã F", "thôn", "91"),
        row(7, "G", "Xã G", "xã", "92"),
        row(8, "H", "Huyện H", "huyện", "D"),
        row(9, "I", "Xã I", "xã", "91", "bad"),
        row(10, "J", "Xã J", "xã", "91", "2025-07-01", "2025-07-01"),
        row(11, "92", "Tỉnh B", "tỉnh", ""),
        row(12, "91", "Xã K", "xã", "91"),
      ],
      existing,
      "VN",
    );
    expect([...new Set(errors.map((e) => e.row))]).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(units.map((u) => u.code)).toEqual(["D"]);
  });
});
