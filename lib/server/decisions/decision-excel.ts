import "server-only";
import ExcelJS from "exceljs";
import { HOTSPOT_TYPE_LABELS, type HotspotType } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import type { getDecisionDocument } from "./get-decision-document";

type DecisionDoc = Awaited<ReturnType<typeof getDecisionDocument>>;

/** The decision's list of communes and types as an Excel workbook. */
export async function decisionWorkbook(decisionDoc: DecisionDoc): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = vi.app.committee;
  const ws = wb.addWorksheet("Danh sách");
  const about = t(decisionDoc.kind === "ORIGINAL" ? vi.programme.decision.about : vi.programme.decision.aboutAmend, {
    year: decisionDoc.programme.year,
  });
  ws.addRow([`Quyết định số ${decisionDoc.number} ngày ${formatDate(decisionDoc.date)}`]).font = { bold: true };
  ws.addRow([about]);
  ws.addRow([]);
  // No district column in a 2-level province (lib/domain/level-names.ts).
  const district = decisionDoc.levels.districtColumn;
  const header = ws.addRow([
    "STT",
    "Xã, phường, thị trấn",
    "Mã đơn vị",
    ...(district ? [district] : []),
    "Loại địa bàn",
    "Ghi chú",
  ]);
  header.font = { bold: true };
  decisionDoc.communes.forEach((c, i) =>
    ws.addRow([
      i + 1,
      c.name,
      c.code,
      ...(district ? [c.district] : []),
      c.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x as HotspotType]).join(", "),
      c.status === "REMOVED" ? vi.programme.plans.removed : "",
    ]),
  );
  if (decisionDoc.note) {
    ws.addRow([]);
    ws.addRow([decisionDoc.note]);
  }
  ws.addRow([]);
  ws.addRow([`${decisionDoc.signatoryTitle}: ${decisionDoc.signatoryName}`]);
  ws.columns = [
    { width: 6 },
    { width: 32 },
    { width: 12 },
    ...(district ? [{ width: 28 }] : []),
    { width: 22 },
    { width: 28 },
  ];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
