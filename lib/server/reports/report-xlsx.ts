import "server-only";
import ExcelJS from "exceljs";
import { formatNumberVi, formatPercentVi } from "@/lib/domain/format-vi";
import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { dateLine } from "@/lib/documents/official-document";
import type { InterimReport } from "./get-interim-report";
import type { YearEndReport } from "./get-year-end-report";
import type { DistrictMonthlyReport } from "./get-district-monthly-report";
import type { FigureRow } from "./common";
import { dashboard } from "@/lib/i18n/vi/dashboard";
import { t } from "@/lib/i18n/t";

type Header = InterimReport["header"];
type Cell = string | number | null;

/** Sheet opening with the document's header lines (issuing body, Quốc hiệu, Tiêu ngữ, number, place and date, title). */
function docSheet(wb: ExcelJS.Workbook, name: string, header: Header, title: string, subtitle: string, cols: number) {
  const ws = wb.addWorksheet(name);
  const half = Math.max(1, Math.floor(cols / 2));
  const put = (row: number, left: string, right: string, bold = false) => {
    ws.getCell(row, 1).value = left;
    ws.getCell(row, half + 1).value = right;
    ws.getRow(row).font = { bold };
    if (half > 1) ws.mergeCells(row, 1, row, half);
    if (cols > half + 1) ws.mergeCells(row, half + 1, row, cols);
    ws.getRow(row).alignment = { horizontal: "center" };
  };
  put(1, header.issuer[0] ?? "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
  put(2, header.issuer[1] ?? "", "Độc lập - Tự do - Hạnh phúc", true);
  put(3, `Số: ${header.number}`, dateLine(header.place, header.date));
  ws.getCell(5, 1).value = title;
  ws.getCell(6, 1).value = subtitle;
  for (const r of [5, 6]) {
    ws.mergeCells(r, 1, r, cols);
    ws.getRow(r).font = { bold: true, size: r === 5 ? 14 : 12 };
    ws.getRow(r).alignment = { horizontal: "center", wrapText: true };
  }
  ws.getColumn(1).width = 6;
  for (let c = 2; c <= cols; c++) ws.getColumn(c).width = c === 2 ? 42 : 16;
  return ws;
}

function table(ws: ExcelJS.Worksheet, startRow: number, head: string[], rows: Cell[][]): number {
  const border: Partial<ExcelJS.Borders> = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
  const h = ws.getRow(startRow);
  head.forEach((v, i) => { const c = h.getCell(i + 1); c.value = v; c.font = { bold: true }; c.border = border; c.alignment = { wrapText: true, horizontal: "center", vertical: "middle" }; });
  rows.forEach((r, k) => {
    const row = ws.getRow(startRow + 1 + k);
    r.forEach((v, i) => { const c = row.getCell(i + 1); c.value = v === null ? "" : v; c.border = border; c.alignment = { wrapText: true, vertical: "top" }; });
  });
  return startRow + rows.length + 2;
}

const figRows = (figures: FigureRow[]): Cell[][] => figures.map((f, i) => [i + 1, figureLabel(f), f.unitLabel, f.current === null ? null : Math.round(f.current * 100) / 100, f.baseline === null ? null : Math.round(f.baseline * 100) / 100, f.change]);
const pct = (v: number | null) => (v === null ? "—" : formatPercentVi(v));

async function done(wb: ExcelJS.Workbook) {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function interimWorkbook(r: InterimReport) {
  const wb = new ExcelJS.Workbook();
  const ws = docSheet(wb, "Sơ kết 6 tháng", r.header, "BÁO CÁO", `Sơ kết 6 tháng thực hiện chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${r.year}`, 7);
  let row = table(ws, 8, ["STT", "Xã được lựa chọn", "Loại địa bàn", "Sơ kết", "Chỉ tiêu đạt", "Tỷ lệ đạt", "Đánh giá"],
    r.communes.map((c, i) => [i + 1, c.communeName, c.hotspots, c.reviewStatus ? REVIEW_STATUS_LABELS[c.reviewStatus as "ACCEPTED"] : "Chưa sơ kết", `${c.achieved}/${c.evaluated}`, pct(c.share), c.onTrack === null ? "Chưa đủ số liệu" : c.onTrack ? "Đúng tiến độ" : "Có nguy cơ không đạt"]));
  row = table(ws, row, ["STT", "Chỉ số", "Đơn vị tính", "6 tháng", "Cùng kỳ", "Tăng (+)/giảm (−)"], figRows(r.figures));
  return done(wb);
}

export async function yearEndWorkbook(r: YearEndReport) {
  const wb = new ExcelJS.Workbook();
  const ws = docSheet(wb, "Tổng kết năm", r.header, "BÁO CÁO", `Tổng kết công tác chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${r.year}`, 7);
  let row = table(ws, 8, ["STT", "Xã", "Loại địa bàn", "Kiến nghị theo tiêu chí", "Kết quả", "Quyết định", "Ghi chú"],
    r.communes.map((c, i) => [i + 1, c.communeName, c.hotspots, c.recommendation, c.verdictLabel, c.decision, [c.isOverride ? "Khác kiến nghị" : "", c.relapsed ? "Tái phức tạp" : ""].filter(Boolean).join("; ")]));
  row = table(ws, row, ["STT", "Chỉ tiêu Kế hoạch", "Chỉ tiêu", "Kết quả", "Số xã", "Đánh giá"], [
    [1, "Tỷ lệ địa bàn chuyển hóa đạt", `≥ ${r.kpis.passRate.target}%`, pct(r.kpis.passRate.percent), `${r.kpis.passRate.num}/${r.kpis.passRate.den}`, r.kpis.passRate.met === null ? "Chưa xác định" : r.kpis.passRate.met ? "Đạt" : "Không đạt"],
    [2, "Tỷ lệ địa bàn đạt không phức tạp trở lại (lũy kế)", `≥ ${r.kpis.noRelapse.target}%`, pct(r.kpis.noRelapse.percent), `${r.kpis.noRelapse.num}/${r.kpis.noRelapse.den}`, r.kpis.noRelapse.met === null ? "Chưa xác định" : r.kpis.noRelapse.met ? "Đạt" : "Không đạt"],
  ]);
  table(ws, row, ["STT", "Chỉ số", "Đơn vị tính", `Năm ${r.year}`, "Cùng kỳ", "Tăng (+)/giảm (−)"], figRows(r.figures));
  return done(wb);
}

export async function districtMonthlyWorkbook(r: DistrictMonthlyReport) {
  const wb = new ExcelJS.Workbook();
  const ws = docSheet(wb, `Tháng ${r.month}-${r.year}`, r.header, "BÁO CÁO", `Kết quả thực hiện chuyển hóa địa bàn tháng ${r.month}/${r.year} – ${r.header.unitName}`, 7);
  let row = table(ws, 8, ["STT", "Chỉ số", "Đơn vị tính", `Tháng ${r.month}`, "Cùng kỳ", "Tăng (+)/giảm (−)", "Lũy kế năm"],
    r.figures.map((f, i) => [...figRows([f])[0]!.map((v, k) => (k === 0 ? i + 1 : v)), f.ytd === null ? null : Math.round(f.ytd * 100) / 100]));
  row = table(ws, row, ["STT", "Xã", "Báo cáo", ...r.keyIndicators.map((k) => k.name)],
    r.communes.map((c, i) => [i + 1, c.name, c.status ? REVIEW_STATUS_LABELS[c.status] : "Chưa báo cáo", ...c.values]));
  if (r.narrative) { ws.getCell(row, 1).value = "Tình hình, kết quả nổi bật:"; ws.getCell(row + 1, 1).value = r.narrative; ws.mergeCells(row + 1, 1, row + 1, 7); ws.getRow(row + 1).alignment = { wrapText: true }; }
  return done(wb);
}

/**
 * A key figure's name, with the coverage of its comparison with last year when some expected communes have
 * no comparable figures (like with like, issue #13): "Số vụ … (so sánh cùng kỳ: 1/12 xã đã có số liệu)".
 */
export function figureLabel(f: FigureRow): string {
  if (!f.coverage || f.coverage.covered >= f.coverage.expected) return f.name;
  return `${f.name} (so sánh cùng kỳ: ${t(dashboard.coverage, { ...f.coverage })})`;
}

export const fmtNum = (v: number | null, isPercent: boolean) => (v === null ? "—" : isPercent ? formatPercentVi(v) : formatNumberVi(v));
