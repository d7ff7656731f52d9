// Issue #13 cases 1 and 2: every typed number read by one vi-VN parser (domain.md §9 "numbers 1.234,5"), and every
// Excel cell read by one function. Paths: the entry form's action, the Excel import, the data API.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { runActionAs } from "@/lib/actions/define-action";
import { saveMonthlyAction } from "@/app/(app)/monthly/actions";
import { postMonthlyReport } from "../support/monthly-api";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { exportMonthlyWorkbook } from "@/lib/server/monthly/export-monthly-workbook";
import { importMonthlyWorkbook } from "@/lib/server/monthly/import-monthly-workbook";
import { actorAt, freshDistrict, fullValues, ids, vnAt } from "../support/monthly-fixtures";

const NOV = { year: 2026, month: 11 };
const NOW = vnAt(2026, 11, 21);
const LABEL = "Số vụ phạm pháp hình sự";

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

async function commune() {
  const f = await freshDistrict(1);
  const c = f.communes[0]!.id;
  return { f, c, police: await actorAt(c, "COMMUNE_POLICE"), id: await ids(f.provinceId, 2026, 11) };
}

const reportOf = (communeId: string) =>
  db.monthlyReport.findUnique({
    where: { communeId_year_month: { communeId, ...NOV } },
    select: { id: true, version: true },
  });
const numOf = async (reportId: string, indicatorId: string) =>
  (
    await db.monthlyValue.findUnique({
      where: { reportId_indicatorId: { reportId, indicatorId } },
      select: { numValue: true },
    })
  )?.numValue ?? null;

describe("case 1: a count with a fraction is refused, naming the field, and nothing is saved", () => {
  it("entry form action: 2.5, 12.5, 0.5, −1 refused with “phải là số nguyên không âm”; 25 and 1234 saved", async () => {
    const { c, police, id } = await commune();
    for (const num of [2.5, 12.5, 0.5, -1, 1_000_000_001]) {
      const r = await runActionAs(saveMonthlyAction, police, {
        communeId: c,
        ...NOV,
        version: 0,
        values: [{ indicatorId: id("HS_VU"), num }],
        submit: false,
      });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.fieldErrors?.[`values.${id("HS_VU")}`]?.[0]).toMatch(
          new RegExp(`^“${LABEL}” phải (là số nguyên không âm|từ 0 đến)`),
        );
      expect(await reportOf(c)).toBeNull();
    }
    const ok = await runActionAs(saveMonthlyAction, police, {
      communeId: c,
      ...NOV,
      version: 0,
      values: [{ indicatorId: id("HS_VU"), num: 25 }],
      submit: false,
    });
    expect(ok.ok).toBe(true);
    expect(await numOf((await reportOf(c))!.id, id("HS_VU"))).toBe(25);
  });

  it("data API: a JSON number that is not an integer is refused (400, the indicator named), nothing saved", async () => {
    const { c, police, id } = await commune();
    const token = (await createApiToken(police, { name: "Phần mềm xã" })).token;
    const post = (num: unknown) =>
      postMonthlyReport(token, {
        communeId: c,
        ...NOV,
        version: 0,
        values: [{ indicatorId: id("HS_VU"), num }],
        submit: false,
      });
    for (const num of [2.5, 12.5, -3, "2.5"]) {
      const r = await post(num);
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toMatch(/phải là số nguyên không âm/i);
      expect(await reportOf(c)).toBeNull();
    }
    expect(JSON.stringify((await post(2.5)).body)).toContain(`“${LABEL}”`);
    expect((await post(12)).status).toBe(200);
  });

  // "Bad input always gets a clear error … never a silently changed value": a value in another kind's field was
  // dropped, saving an empty cell without a word (lib/domain/value-kind.ts).
  it("data API and form action: a value in another kind's field is refused naming the indicator, nothing saved", async () => {
    const { c, police, id } = await commune();
    const token = (await createApiToken(police, { name: "Phần mềm xã 2" })).token;
    for (const value of [{ bool: true }, { text: "5" }, { num: 5, bool: false }]) {
      const r = await postMonthlyReport(token, {
        communeId: c,
        ...NOV,
        version: 0,
        values: [{ indicatorId: id("HS_VU"), ...value }],
        submit: false,
      });
      expect(r.status, JSON.stringify(value)).toBe(400);
      expect(JSON.stringify(r.body)).toContain(`“${LABEL}” chỉ nhận một số.`);
      expect(await reportOf(c)).toBeNull();
    }
    const text = await runActionAs(saveMonthlyAction, police, {
      communeId: c,
      ...NOV,
      version: 0,
      values: [{ indicatorId: id("GHI_CHU"), num: 3 }],
      submit: false,
    });
    expect(text.ok ? "OK" : text.code).toBe("VALIDATION");
    expect(JSON.stringify(text)).toContain("chỉ nhận nội dung văn bản.");
    expect(await reportOf(c)).toBeNull();
  });

  it("Excel import: number cell 12.5 and text cells “1.5”, “2.5”, “1,5” refused (row and column named); “1.234” = 1234", async () => {
    const { c, police, f, id } = await commune();
    const base = await saveMonthlyReport(
      police,
      { communeId: c, ...NOV, version: 0, values: await fullValues(f.provinceId, 2026, 11), submit: false },
      NOW,
    );
    const { buffer } = await exportMonthlyWorkbook(police, { communeId: c, year: 2026, month: 11 });
    for (const bad of [12.5, "1.5", "2.5", "12.5", "1,5", "-1", "1.23"]) {
      const wb = await workbookFrom(buffer);
      const r = rowOf(wb, "MT_VU");
      wb.worksheets[0]!.getCell(`E${r}`).value = bad;
      const e = await errorOf(
        importMonthlyWorkbook(police, { communeId: c, ...NOV, version: base.version, data: await bytes(wb) }),
      );
      expect(e.fieldErrors?.[`row.${r}`]?.[0]).toMatch(
        new RegExp(`^Ô E${r}: “Số vụ phạm tội về ma túy” phải là số nguyên không âm`),
      );
      expect(await numOf(base.reportId, id("MT_VU"))).toBe(2);
    }
    const wb = await workbookFrom(buffer);
    wb.worksheets[0]!.getCell(`E${rowOf(wb, "MT_VU")}`).value = "1.234";
    wb.worksheets[0]!.getCell(`E${rowOf(wb, "KT_VU")}`).value = " 7 ";
    await importMonthlyWorkbook(police, { communeId: c, ...NOV, version: base.version, data: await bytes(wb) });
    expect(await numOf(base.reportId, id("MT_VU"))).toBe(1234);
    expect(await numOf(base.reportId, id("KT_VU"))).toBe(7);
  });
});

describe("case 2: every Excel cell type is read by one function; never “[object Object]”", () => {
  it("formula results (0 included), shared formulas, rich text, hyperlinks are values; a formula without result, an error, a date are refused naming the cell", async () => {
    const { c, police, f, id } = await commune();
    const base = await saveMonthlyReport(
      police,
      { communeId: c, ...NOV, version: 0, values: await fullValues(f.provinceId, 2026, 11), submit: false },
      NOW,
    );
    const { buffer } = await exportMonthlyWorkbook(police, { communeId: c, year: 2026, month: 11 });

    // Accepted: each kind of cell that holds a value.
    const wb = await workbookFrom(buffer);
    const ws = wb.worksheets[0]!;
    const e = (code: string) => ws.getCell(`E${rowOf(wb, code)}`);
    e("MT_VU").value = { formula: `SUM(E${rowOf(wb, "MT_VU") + 40}:E${rowOf(wb, "MT_VU") + 41})`, result: 0 };
    e("MT_TRONG").value = { formula: "1+2", result: 3 };
    e("KT_VU").value = { richText: [{ text: "1" }, { text: "1" }] };
    e("HS_TO_GIAC").value = { text: "9", hyperlink: "https://example.invalid/so-lieu" };
    e("K_TRANH_CHAP").value = { formula: "TRUE()", result: true } as ExcelJS.CellFormulaValue;
    ws.getCell(`F${rowOf(wb, "KT_VU")}`).value = {
      richText: [{ text: "Ghi chú " }, { text: "đậm", font: { bold: true } }],
    };
    const good = await importMonthlyWorkbook(police, {
      communeId: c,
      ...NOV,
      version: base.version,
      data: await bytes(wb),
    }).catch((x: AppError) => x.fieldErrors);
    expect(good).toMatchObject({ status: "DRAFT" });
    expect(await numOf(base.reportId, id("MT_VU"))).toBe(0);
    expect(await numOf(base.reportId, id("MT_TRONG"))).toBe(3);
    expect(await numOf(base.reportId, id("KT_VU"))).toBe(11);
    expect(await numOf(base.reportId, id("HS_TO_GIAC"))).toBe(9);
    const kt = await db.monthlyValue.findUniqueOrThrow({
      where: { reportId_indicatorId: { reportId: base.reportId, indicatorId: id("KT_VU") } },
    });
    expect(kt.comment).toBe("Ghi chú đậm");
    const tc = await db.monthlyValue.findUniqueOrThrow({
      where: { reportId_indicatorId: { reportId: base.reportId, indicatorId: id("K_TRANH_CHAP") } },
    });
    expect(tc.boolValue).toBe(true);

    // Refused: the same file with a formula without saved result, an error value, a date, a formula whose result is an error.
    const version = (await reportOf(c))!.version;
    const bad = await workbookFrom(buffer);
    const bs = bad.worksheets[0]!;
    const at = (code: string) => `E${rowOf(bad, code)}`;
    bs.getCell(at("MT_VU")).value = { formula: "SUM(E10:E11)" } as ExcelJS.CellFormulaValue;
    bs.getCell(at("MT_TRONG")).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    bs.getCell(at("KT_VU")).value = new Date(Date.UTC(2026, 10, 30));
    bs.getCell(at("HS_TO_GIAC")).value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    bs.getCell(at("K_TRANH_CHAP")).value = { formula: "A1" } as ExcelJS.CellFormulaValue;
    const err = await errorOf(importMonthlyWorkbook(police, { communeId: c, ...NOV, version, data: await bytes(bad) }));
    const all = JSON.stringify(err.fieldErrors);
    expect(all).not.toContain("[object Object]");
    const msg = (code: string) => err.fieldErrors?.[`row.${rowOf(bad, code)}`]?.[0] ?? "";
    expect(msg("MT_VU")).toMatch(new RegExp(`^Ô ${at("MT_VU")}: công thức chưa có kết quả`));
    expect(msg("MT_TRONG")).toBe(`Ô ${at("MT_TRONG")}: ô đang báo lỗi “#N/A”, không có giá trị để nhập.`);
    expect(msg("KT_VU")).toMatch(new RegExp(`^Ô ${at("KT_VU")}: “.+” phải là số nguyên không âm`));
    expect(msg("HS_TO_GIAC")).toContain("#DIV/0!");
    expect(msg("K_TRANH_CHAP")).toMatch(new RegExp(`^Ô ${at("K_TRANH_CHAP")}: công thức chưa có kết quả`));
    // Nothing saved: the values of the first import stay.
    expect(await numOf(base.reportId, id("MT_VU"))).toBe(0);
    expect((await reportOf(c))!.version).toBe(version);
  });

  it("a shared formula's saved result is used", async () => {
    const { c, police, f, id } = await commune();
    const base = await saveMonthlyReport(
      police,
      { communeId: c, ...NOV, version: 0, values: await fullValues(f.provinceId, 2026, 11), submit: false },
      NOW,
    );
    const wb = await workbookFrom(
      (await exportMonthlyWorkbook(police, { communeId: c, year: 2026, month: 11 })).buffer,
    );
    const ws = wb.worksheets[0]!;
    const r = rowOf(wb, "MT_VU");
    expect(rowOf(wb, "MT_TRONG")).toBeGreaterThan(r);
    // A master formula in MT_VU's row and a clone of it (shared formula) further down, each with a saved result.
    ws.getCell(`E${r}`).value = {
      formula: "0+4",
      result: 4,
      shareType: "shared",
      ref: `E${r}:E${r + 1}`,
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell(`E${r + 1}`).value = { sharedFormula: `E${r}`, result: 4 } as ExcelJS.CellSharedFormulaValue;
    const reloaded = await workbookFrom(await bytes(wb));
    const clone = reloaded.worksheets[0]!.getCell(`E${r + 1}`).value as ExcelJS.CellSharedFormulaValue;
    expect(clone.sharedFormula ?? (clone as unknown as ExcelJS.CellFormulaValue).formula).toBeTruthy();
    await importMonthlyWorkbook(police, { communeId: c, ...NOV, version: base.version, data: await bytes(reloaded) });
    expect(await numOf(base.reportId, id("MT_VU"))).toBe(4);
  });
});

async function workbookFrom(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}
const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
function rowOf(wb: ExcelJS.Workbook, code: string) {
  const ws = wb.worksheets[0]!;
  for (let r = 6; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(1).value === code) return r;
  throw new Error(code);
}
