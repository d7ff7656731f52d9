import "server-only";
import ExcelJS from "exceljs";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { vi } from "@/lib/i18n/vi";
import { getMonthlyEntry } from "./get-monthly-entry";
import { SHEET, FIRST_ROW, HEADER } from "./monthly-workbook-layout";

/** What `exportMonthlyWorkbook` takes besides the actor. */
export type ExportMonthlyWorkbookOptions = { communeId: string; year: number; month: number };

/** The month's entry as an .xlsx to fill in offline (read back by `importMonthlyWorkbook`). */
export async function exportMonthlyWorkbook(
  actor: Actor,
  { communeId, year, month }: ExportMonthlyWorkbookOptions,
): Promise<{ buffer: Buffer; fileName: string }> {
  assertCan(actor, "monthly.view");
  const entry = await getMonthlyEntry(actor, communeId, year, month);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = `Số liệu tháng ${month}/${year} – ${entry.commune.name}`;
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getRow(2).values = ["Mã đơn vị", entry.commune.id];
  ws.getRow(3).values = ["Tháng", `${String(month).padStart(2, "0")}/${year}`];
  ws.getRow(5).values = HEADER;
  ws.getRow(5).font = { bold: true };
  let rowNumber = FIRST_ROW;
  for (const it of entry.items) {
    const cellValue =
      it.kind === "COUNT"
        ? it.value.num
        : it.kind === "BOOLEAN"
          ? it.value.bool === null
            ? null
            : it.value.bool
              ? "Có"
              : "Không"
          : it.kind === "TEXT"
            ? it.value.text
            : it.computed;
    ws.getRow(rowNumber).values = [
      it.code,
      it.name,
      vi.monthly.groups[it.group],
      it.typed ? it.unitLabel : `${it.unitLabel} (${vi.monthly.computed})`,
      cellValue ?? null,
      it.value.comment ?? null,
    ];
    rowNumber += 1;
  }
  ws.columns = [{ width: 20 }, { width: 70 }, { width: 22 }, { width: 16 }, { width: 14 }, { width: 40 }];
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, fileName: `so-lieu-${year}-${String(month).padStart(2, "0")}.xlsx` };
}
