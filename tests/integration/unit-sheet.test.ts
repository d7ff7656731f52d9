import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { vi } from "@/lib/i18n/vi";
import { applyUnitSheet } from "@/lib/server/units/apply-unit-sheet";
import { previewUnitSheet } from "@/lib/server/units/preview-unit-sheet";
import { actorOf } from "../support/actors";
import { withInjectedFailure } from "../support/inject-failure";

// Issue #11 §3: units from a spreadsheet, a preview with every row's error, one transaction or nothing.
async function sheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Don vi");
  ws.addRow([...vi.golive.unitSheet.headers]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
// A province of its own (the demo provinces' counts stay as the other suites expect them).
const GOOD = [
  ["S90", "Tỉnh Sông Thử", "tỉnh", "", "", ""],
  ["S901", "Huyện Sông Mới", "huyện", "S90", "", "01/07/2025"],
  ["S90101", "Xã Sông Một", "xã", "S901", "", "01/07/2025"],
  ["S90102", "Xã Sông Hai", "Cấp xã", "S90", "01/07/2025", ""],
];

describe("units from a spreadsheet", () => {
  it("lists every row's error and writes nothing", async () => {
    const actor = await actorOf("lg.thuongtruc");
    const file = await sheet([
      ["S801", "Huyện Sông Mới", "huyện", "91", "", "01/07/2025"],
      ["S80101", "Xã Sông Một", "xã", "S801", "", "01/07/2025"],
      ["S80102", "Xã Sông Hai", "Cấp xã", "91", "01/07/2025", ""],
      ["30067", "Thị trấn Cầu Kè Mới", "xã", "903", "", ""],
      ["S801", "Huyện Trùng", "huyện", "91", "", ""],
      ["S902", "Sông Ba", "xã", "91", "", ""],
      ["S903", "Xã Sông Bốn", "thôn", "91", "", ""],
      ["S904", "Xã Sông Năm", "xã", "92", "", ""],
      ["S905", "Xã Sông Sáu", "xã", "91", "31/02/2025", ""],
      ["S906", "Xã Sông Bảy", "xã", "91", "01/07/2025", "01/01/2025"],
      ["40001", "Xã Của Tỉnh Khác", "xã", "91", "", ""],
      ["30067", "Thị trấn Cầu Kè", "xã", "904", "", ""],
      ["S907", "Xã Con Của Xã", "xã", "S80102", "", ""],
    ]);
    const { errors } = await previewUnitSheet(actor, file);
    const rows = [...new Set(errors.map((e) => e.row))];
    expect(rows).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(errors.find((e) => e.row === 9)?.message).toContain("ngoài phạm vi");
    expect(errors.find((e) => e.row === 10)?.message).toContain("31/02/2025");
    const before = await db.unit.count();
    await expect(applyUnitSheet(actor, file)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: expect.objectContaining({ "row.6": expect.any(Array) }),
    });
    expect(await db.unit.count()).toBe(before);
  });

  it("a failure in the middle of writing leaves nothing behind", async () => {
    const actor = await actorOf("admin");
    const before = await db.unit.count();
    const audit = await db.auditLog.count();
    await expect(
      withInjectedFailure("Unit", 3, async () => applyUnitSheet(actor, await sheet(GOOD))),
    ).rejects.toThrow();
    expect(await db.unit.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(audit);
    expect(await db.unit.findUnique({ where: { code: "S90" } })).toBeNull();
  });

  it("creates parents before children, updates names and validity, and a second run changes nothing", async () => {
    const actor = await actorOf("admin");
    const preview = await previewUnitSheet(actor, await sheet(GOOD));
    expect(preview.errors).toEqual([]);
    expect(preview.units.map((u) => u.action)).toEqual(["create", "create", "create", "create"]);
    expect(await applyUnitSheet(actor, await sheet(GOOD))).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const province = await db.unit.findUniqueOrThrow({ where: { code: "S90" } });
    expect(province).toMatchObject({ level: "PROVINCE", kind: "TINH", provinceId: province.id });
    const district = await db.unit.findUniqueOrThrow({ where: { code: "S901" } });
    const commune = await db.unit.findUniqueOrThrow({ where: { code: "S90101" } });
    expect(district).toMatchObject({
      level: "DISTRICT",
      kind: "HUYEN",
      parentId: province.id,
      provinceId: province.id,
      committeeName: "Ban Chỉ đạo 138 huyện Sông Mới",
    });
    expect(district.validTo?.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(commune.lineage).toEqual([...district.lineage, commune.id]);
    expect((await db.unit.findUniqueOrThrow({ where: { code: "S90102" } })).validFrom.toISOString().slice(0, 10)).toBe(
      "2025-07-01",
    );
    expect(
      await db.auditLog.count({
        where: { action: "unit.create", entityId: { in: [province.id, district.id, commune.id] } },
      }),
    ).toBe(3);
    expect(await applyUnitSheet(actor, await sheet(GOOD))).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const renamed = GOOD.map((r) => (r[0] === "S90101" ? [r[0], "Xã Sông Một Mới", ...r.slice(2)] : r));
    expect(await applyUnitSheet(actor, await sheet(renamed))).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(await db.unit.findUniqueOrThrow({ where: { code: "S90101" } })).toMatchObject({
      name: "Xã Sông Một Mới",
      searchName: "xa song mot moi",
    });
    // A district committee may not: the permission is the secretariat's and the administrator's.
    await expect(previewUnitSheet(await actorOf("lg.cauke"), await sheet(GOOD))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
