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
  for (const rowNumber of [5, 6]) {
    ws.mergeCells(rowNumber, 1, rowNumber, cols);
    ws.getRow(rowNumber).font = { bold: true, size: rowNumber === 5 ? 14 : 12 };
    ws.getRow(rowNumber).alignment = { horizontal: "center", wrapText: true };
  }
  ws.getColumn(1).width = 6;
  for (let c = 2; c <= cols; c++) ws.getColumn(c).width = c === 2 ? 42 : 16;
  return ws;
}

function table(ws: ExcelJS.Worksheet, startRow: number, head: string[], rows: Cell[][]): number {
  const border: Partial<ExcelJS.Borders> = {
    top: { style: "thin" },
    bottom: { style: "thin" },
    left: { style: "thin" },
    right: { style: "thin" },
  };
  const header = ws.getRow(startRow);
  head.forEach((title, column) => {
    const cell = header.getCell(column + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.border = border;
    cell.alignment = { wrapText: true, horizontal: "center", vertical: "middle" };
  });
  rows.forEach((dataRow, index) => {
    const row = ws.getRow(startRow + 1 + index);
    dataRow.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value === null ? "" : value;
      cell.border = border;
      cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  return startRow + rows.length + 2;
}

const figRows = (figures: FigureRow[]): Cell[][] =>
  figures.map((f, i) => [
    i + 1,
    figureLabel(f),
    f.unitLabel,
    f.current === null ? null : Math.round(f.current * 100) / 100,
    f.baseline === null ? null : Math.round(f.baseline * 100) / 100,
    f.change,
  ]);
const pct = (v: number | null) => (v === null ? "—" : formatPercentVi(v));

async function done(wb: ExcelJS.Workbook) {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function interimWorkbook(interimReport: InterimReport) {
  const wb = new ExcelJS.Workbook();
  const ws = docSheet(
    wb,
    "Sơ kết 6 tháng",
    interimReport.header,
    "BÁO CÁO",
    `Sơ kết 6 tháng thực hiện chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${interimReport.year}`,
    7,
  );
  let row = table(
    ws,
    8,
    ["STT", "Xã được lựa chọn", "Loại địa bàn", "Sơ kết", "Chỉ tiêu đạt", "Tỷ lệ đạt", "Đánh giá"],
    interimReport.communes.map((c, i) => [
      i + 1,
      c.communeName,
      c.hotspots,
      c.reviewStatus ? REVIEW_STATUS_LABELS[c.reviewStatus as "ACCEPTED"] : "Chưa sơ kết",
      `${c.achieved}/${c.evaluated}`,
      pct(c.share),
      c.onTrack === null ? "Chưa đủ số liệu" : c.onTrack ? "Đúng tiến độ" : "Có nguy cơ không đạt",
    ]),
  );
  row = table(
    ws,
    row,
    ["STT", "Chỉ số", "Đơn vị tính", "6 tháng", "Cùng kỳ", "Tăng (+)/giảm (−)"],
    figRows(interimReport.figures),
  );
  return done(wb);
}

export async function yearEndWorkbook(yearEndReport: YearEndReport) {
  const wb = new ExcelJS.Workbook();
  const ws = docSheet(
    wb,
    "Tổng kết năm",
    yearEndReport.header,
    "BÁO CÁO",
    `Tổng kết công tác chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${yearEndReport.year}`,
    7,
  );
  let row = table(
    ws,
    8,
    ["STT", "Xã", "Loại địa bàn", "Kiến nghị theo tiêu chí", "Kết quả", "Quyết định", "Ghi chú"],
    yearEndReport.communes.map((c, i) => [
      i + 1,
      c.communeName,
      c.hotspots,
      c.recommendation,
      c.verdictLabel,
      c.decision,
      [c.isOverride ? "Khác kiến nghị" : "", c.relapsed ? "Tái phức tạp" : ""].filter(Boolean).join("; "),
    ]),
  );
  row = table(
    ws,
    row,
    ["STT", "Chỉ tiêu Kế hoạch", "Chỉ tiêu", "Kết quả", "Số xã", "Đánh giá"],
    [
      [
        1,
        "Tỷ lệ địa bàn chuyển hóa đạt",
        `≥ ${yearEndReport.kpis.passRate.target}%`,
        pct(yearEndReport.kpis.passRate.percent),
        `${yearEndReport.kpis.passRate.num}/${yearEndReport.kpis.passRate.den}`,
        yearEndReport.kpis.passRate.met === null
          ? "Chưa xác định"
          : yearEndReport.kpis.passRate.met
            ? "Đạt"
            : "Không đạt",
      ],
      [
        2,
        "Tỷ lệ địa bàn đạt không phức tạp trở lại (lũy kế)",
        `≥ ${yearEndReport.kpis.noRelapse.target}%`,
        pct(yearEndReport.kpis.noRelapse.percent),
        `${yearEndReport.kpis.noRelapse.num}/${yearEndReport.kpis.noRelapse.den}`,
        yearEndReport.kpis.noRelapse.met === null
          ? "Chưa xác định"
          : yearEndReport.kpis.noRelapse.met
            ? "Đạt"
            : "Không đạt",
      ],
    ],
  );
  table(
    ws,
    row,
    ["STT", "Chỉ số", "Đơn vị tính", `Năm ${yearEndReport.year}`, "Cùng kỳ", "Tăng (+)/giảm (−)"],
    figRows(yearEndReport.figures),
  );
  return done(wb);
}

export async function districtMonthlyWorkbook(districtMonthlyReport: DistrictMonthlyReport) {
  const wb = new ExcelJS.Workbook();
  const ws = docSheet(
    wb,
    `Tháng ${districtMonthlyReport.month}-${districtMonthlyReport.year}`,
    districtMonthlyReport.header,
    "BÁO CÁO",
    `Kết quả thực hiện chuyển hóa địa bàn tháng ${districtMonthlyReport.month}/${districtMonthlyReport.year} – ${districtMonthlyReport.header.unitName}`,
    7,
  );
  let row = table(
    ws,
    8,
    [
      "STT",
      "Chỉ số",
      "Đơn vị tính",
      `Tháng ${districtMonthlyReport.month}`,
      "Cùng kỳ",
      "Tăng (+)/giảm (−)",
      "Lũy kế năm",
    ],
    districtMonthlyReport.figures.map((f, i) => [
      ...figRows([f])[0]!.map((v, k) => (k === 0 ? i + 1 : v)),
      f.ytd === null ? null : Math.round(f.ytd * 100) / 100,
    ]),
  );
  row = table(
    ws,
    row,
    ["STT", "Xã", "Báo cáo", ...districtMonthlyReport.keyIndicators.map((k) => k.name)],
    districtMonthlyReport.communes.map((c, i) => [
      i + 1,
      c.name,
      c.status ? REVIEW_STATUS_LABELS[c.status] : "Chưa báo cáo",
      ...c.values,
    ]),
  );
  if (districtMonthlyReport.narrative) {
    ws.getCell(row, 1).value = "Tình hình, kết quả nổi bật:";
    ws.getCell(row + 1, 1).value = districtMonthlyReport.narrative;
    ws.mergeCells(row + 1, 1, row + 1, 7);
    ws.getRow(row + 1).alignment = { wrapText: true };
  }
  return done(wb);
}

/**
 * A key figure's name, with the coverage of its comparison with last year when some expected communes have
 * no comparable figures (like with like, issue #13): "Số vụ … (so sánh cùng kỳ: 1/12 xã đã có số liệu)".
 */
export function figureLabel(figureRow: FigureRow): string {
  if (!figureRow.coverage || figureRow.coverage.covered >= figureRow.coverage.expected) return figureRow.name;
  return `${figureRow.name} (so sánh cùng kỳ: ${t(dashboard.coverage, { ...figureRow.coverage })})`;
}

export const fmtNum = (v: number | null, isPercent: boolean) =>
  v === null ? "—" : isPercent ? formatPercentVi(v) : formatNumberVi(v);
