import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { vi } from "@/lib/i18n/vi";
import { createBulkUsers } from "@/lib/server/users/create-bulk-users";
import { previewBulkUsers } from "@/lib/server/users/preview-bulk-users";
import { actorOf } from "../support/actors";

// Issue #11 §5 (second bullet): accounts at a province's scale from an Excel template, all or none.
const HEADERS = vi.golive.bulkUsers.headers;
async function sheet(rows: string[][], headers: readonly string[] = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tai khoan");
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("bulk account creation from Excel", () => {
  it("previews every row's error and writes nothing", async () => {
    const actor = await actorOf("lg.thuongtruc");
    const before = await db.user.count();
    const file = await sheet([
      ["bulk.ok", "Nguyễn Văn An", "Trưởng Công an xã", "Công an xã", "30067"],
      ["bulk.nounit", "Trần Văn B", "", "Công an xã", "99999"],
      ["bulk.foreign", "Trần Văn C", "", "Công an xã", "40001"],
      ["bulk.level", "Trần Văn D", "", "Lãnh đạo tỉnh", "30067"],
      ["bulk.admin", "Trần Văn E", "", "ADMIN", "91"],
      ["Bulk.OK", "Trần Văn F", "", "cong an xa", "30067"],
      ["lg.xa", "Trần Văn G", "", "COMMUNE_POLICE", "30067"],
      ["bulk.role", "Trần Văn H", "", "Giám đốc", "30067"],
    ]);
    const { rows, errors } = await previewBulkUsers(actor, file);
    expect(rows).toHaveLength(8);
    const byRow = Object.fromEntries(errors.map((e) => [e.row, e.message]));
    expect(byRow[2]).toBeUndefined();
    expect(byRow[3]).toContain("99999");
    // Another province's commune answers like an unknown code (tenancy: foreign units are "not found").
    expect(byRow[4]).toBe(byRow[3].replace("99999", "40001"));
    expect(byRow[5]).toContain("không dùng được cho đơn vị cấp xã");
    expect(byRow[6]).toContain("không được cấp vai trò");
    expect(byRow[7]).toContain("trùng với dòng 2");
    expect(byRow[8]).toBe(vi.golive.bulkUsers.taken);
    expect(byRow[9]).toContain("Giám đốc");
    await expect(createBulkUsers(actor, file)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: expect.objectContaining({ "row.3": expect.any(Array) }),
    });
    expect(await db.user.count()).toBe(before);
  });

  it("creates all rows with generated passwords that must be changed, audited, never stored in clear", async () => {
    const actor = await actorOf("lg.thuongtruc");
    const file = await sheet([
      ["LG.ThuongTruc2", "Nguye\u0302\u0303n Thị Lan", "Phó Trưởng phòng PV01", "Thường trực tỉnh", "91"],
      ["lg.xa.moi1", "Lê Văn Một", "Trưởng Công an xã", "Công an xã", "30067"],
      ["lg.xa.moi2", "Lê Văn Hai", "Phó Trưởng Công an xã", "COMMUNE_POLICE", "30124"],
    ]);
    const result = await createBulkUsers(actor, file);
    expect(result.count).toBe(3);
    for (const a of result.accounts) {
      const user = await db.user.findUniqueOrThrow({ where: { username: a.username }, omit: { passwordHash: false } });
      expect(user.mustChangePassword).toBe(true);
      expect(user.passwordHash).not.toContain(a.password);
      expect(await verifyPassword(user.passwordHash, a.password)).toBe(true);
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
      expect(JSON.stringify(audit.after)).not.toContain(a.password);
    }
    const secretariat = await db.user.findUniqueOrThrow({ where: { username: "lg.thuongtruc2" } });
    expect(secretariat).toMatchObject({
      role: "PROVINCE_SECRETARIAT",
      fullName: "Nguyễn Thị Lan",
      position: "Phó Trưởng phòng PV01",
    });
    // The passwords sheet: one row per account, with the same passwords.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(result.fileBase64, "base64") as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(2).getCell(5).value).toBe(result.accounts[0].password);
    expect(ws.rowCount).toBe(4);
    expect(result.fileName).toMatch(/^mat-khau-ban-dau-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it("refuses a file that is not the template", async () => {
    const actor = await actorOf("lg.thuongtruc");
    await expect(previewBulkUsers(actor, await sheet([["a", "b"]], ["Tên", "Họ"]))).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(previewBulkUsers(actor, Buffer.from("not a spreadsheet"))).rejects.toMatchObject({
      code: "VALIDATION",
      message: vi.golive.sheet.unreadable,
    });
  });
});
