// Issue #14 §4 (NUL and control characters refused with a field error, never a 500/"lỗi ngoài dự kiến"), for text read
// from a spreadsheet: an .xlsx can hold a control character as the escape "_x0000_" (exceljs decodes it), so a
// crafted sheet reached PostgreSQL (error 22021) from the bulk accounts preview. Every sheet reader goes through
// `readCell` (lib/server/excel-cell.ts), which now refuses the cell by its address.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { vi } from "@/lib/i18n/vi";
import { previewBulkUsers } from "@/lib/server/users/preview-bulk-users";
import { createBulkUsers } from "@/lib/server/users/create-bulk-users";
import { previewUnitSheet } from "@/lib/server/units/preview-unit-sheet";
import { exportMonthlyWorkbook } from "@/lib/server/monthly/export-monthly-workbook";
import { importMonthlyWorkbook } from "@/lib/server/monthly/import-monthly-workbook";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { actorOf } from "../support/actors";
import { actorAt, freshDistrict, fullValues, vnAt } from "../support/monthly-fixtures";

async function sheet(headers: readonly string[], rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Trang 1");
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const CONTROL = /^Ô [A-F]\d+: có ký tự điều khiển không hợp lệ/;
// NUL, BEL and a C1 control (NEL), as an .xlsx escapes them.
const ESCAPES = ["_x0000_", "_x0007_", "_x0085_"];

describe("a spreadsheet cell with a control character is refused by its address", () => {
  it("bulk accounts: in the user name, the position or the unit code → VALIDATION, nothing written", async () => {
    const actor = await actorOf("lg.thuongtruc");
    const before = await db.user.count();
    for (const esc of ESCAPES) {
      for (const row of [
        [`ctl${esc}a`, "Nguyễn Văn An", "Cán bộ", "Công an xã", "30067"],
        ["ctl.b", "Nguyễn Văn An", `Cán${esc}bộ`, "Công an xã", "30067"],
        ["ctl.c", "Nguyễn Văn An", "Cán bộ", "Công an xã", `300${esc}67`],
      ]) {
        const file = await sheet(vi.golive.bulkUsers.headers, [row]);
        await expect(previewBulkUsers(actor, file)).rejects.toMatchObject({
          code: "VALIDATION",
          message: expect.stringMatching(CONTROL),
        });
        await expect(createBulkUsers(actor, file)).rejects.toMatchObject({ code: "VALIDATION" });
      }
    }
    expect(await db.user.count()).toBe(before);
  });

  it("units from a sheet: in a name or a parent code → VALIDATION", async () => {
    const actor = await actorOf("lg.thuongtruc");
    for (const row of [
      ["S70", "Xã Sông\u0020_x0000_Bảy", "xã", "91", "", ""],
      ["S71", "Xã Sông Tám", "xã", "9_x0000_1", "", ""],
    ]) {
      await expect(previewUnitSheet(actor, await sheet(vi.golive.unitSheet.headers, [row]))).rejects.toMatchObject({
        code: "VALIDATION",
        message: expect.stringMatching(CONTROL),
      });
    }
  });

  it("monthly import: a comment cell with NUL is refused on its row, the stored comment unchanged", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const police = await actorAt(c, "COMMUNE_POLICE");
    const base = await saveMonthlyReport(
      police,
      {
        communeId: c,
        year: 2026,
        month: 11,
        version: 0,
        values: await fullValues(f.provinceId, 2026, 11),
        submit: false,
      },
      vnAt(2026, 11, 21),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await exportMonthlyWorkbook(police, { communeId: c, year: 2026, month: 11 })).buffer as unknown as ArrayBuffer,
    );
    wb.worksheets[0]!.getCell("F6").value = "Ghi_x0000_chú";
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const error = await importMonthlyWorkbook(police, {
      communeId: c,
      year: 2026,
      month: 11,
      version: base.version,
      data,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "row.6": [expect.stringMatching(/^Ô F6: có ký tự điều khiển/)] },
    });
    expect((await db.monthlyReport.findUniqueOrThrow({ where: { id: base.reportId } })).version).toBe(base.version);
  });
});
