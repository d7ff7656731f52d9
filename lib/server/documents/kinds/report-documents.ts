import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { para, type DocBlock, type OfficialDocument } from "@/lib/documents/official-document";
import { formatNumber, formatPercent } from "@/lib/format";
import type { FigureRow } from "@/lib/server/reports/common";
import { getDistrictMonthlyReport, type DistrictMonthlyReport } from "@/lib/server/reports/get-district-monthly-report";
import { getInterimReport, type InterimReport } from "@/lib/server/reports/get-interim-report";
import { getYearEndReport, type YearEndReport } from "@/lib/server/reports/get-year-end-report";
import { reportParams, type ReportSearchParams } from "@/lib/server/reports/params";
import { figureLabel, fmtNum } from "@/lib/server/reports/report-xlsx";

// The three periodic reports (issue #6) as administrative documents: the printable pages under /reports and
// their Word files render these, from the same loaders as the Excel downloads.

type Header = InterimReport["header"];
const change = (f: FigureRow) => (f.change === null ? "" : f.change > 0 ? `+${f.change}` : String(f.change));
const figureRows = (figures: FigureRow[]) =>
  figures.map((f, i) => [String(i + 1), figureLabel(f), f.unitLabel, fmtNum(f.current, f.isPercent), fmtNum(f.baseline, f.isPercent), change(f)]);
const FIGURE_NUMERIC = [0, 3, 4, 5];
const metText = (m: boolean | null) => (m === null ? "chưa xác định" : m ? "đạt chỉ tiêu" : "không đạt chỉ tiêu");

function reportDocument(h: Header, summary: string, recipients: string[], body: DocBlock[], fileTitle: string): OfficialDocument {
  return {
    issuer: h.issuer, number: h.number, place: h.place, date: h.date, title: "BÁO CÁO", summary, body,
    recipients: h.recipients ?? recipients, signer: h.signer, fileTitle,
  };
}

/** The interim (6-month) report of a unit for a year as a document. */
export function interimDocument(r: InterimReport): OfficialDocument {
  const first = r.months[0]!, last = r.months[r.months.length - 1]!;
  const behind = r.communes.filter((c) => c.onTrack === false);
  return reportDocument(r.header, `Sơ kết 6 tháng thực hiện chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${r.year}`,
    ["Ban Chỉ đạo 138 cấp trên (để báo cáo)", "Các thành viên Ban Chỉ đạo", "Lưu: VT, CQTT"], [
      para(`Thực hiện Kế hoạch chuyển hóa địa bàn năm ${r.year}, ${r.header.committee} báo cáo kết quả sơ kết 6 tháng (từ tháng ${first.month}/${first.year} đến tháng ${last.month}/${last.year}) như sau:`),
      { type: "heading", text: "I. KẾT QUẢ THỰC HIỆN" },
      para(`1. Tổng số địa bàn được lựa chọn chuyển hóa: ${r.communes.length} xã; đã tổ chức sơ kết: ${r.reviewed} xã; số xã đạt từ ${r.threshold}% chỉ tiêu trở lên: ${r.communes.filter((c) => c.onTrack).length} xã.`),
      {
        type: "table", caption: "Kết quả từng địa bàn", testId: "interim-communes", numeric: [0, 5],
        head: ["STT", "Xã", "Loại địa bàn", "Sơ kết", "Chỉ tiêu đạt", "Tỷ lệ", "Đánh giá"],
        rows: r.communes.map((c, i) => [String(i + 1), c.communeName, c.hotspots, c.reviewStatus ? REVIEW_STATUS_LABELS[c.reviewStatus as "ACCEPTED"] : "Chưa sơ kết",
          `${c.achieved}/${c.evaluated}`, formatPercent(c.share), c.onTrack === null ? "Chưa đủ số liệu" : c.onTrack ? "Đúng tiến độ" : "Có nguy cơ không đạt"]),
      },
      para("2. Tình hình tội phạm, tệ nạn xã hội 6 tháng so với cùng kỳ:"),
      { type: "table", caption: "Số liệu 6 tháng", testId: "interim-figures", numeric: FIGURE_NUMERIC, head: ["STT", "Chỉ số", "ĐVT", "6 tháng", "Cùng kỳ", "Tăng/giảm"], rows: figureRows(r.figures) },
      { type: "heading", text: "II. TỒN TẠI, HẠN CHẾ" },
      behind.length === 0 ? para("Các địa bàn cơ bản thực hiện đúng tiến độ.")
        : { type: "bullets", items: behind.map((c) => `${c.communeName}: ${c.shortcomings || `đạt ${c.achieved}/${c.evaluated} chỉ tiêu`}.`) },
      { type: "heading", text: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM" },
      para("Tiếp tục triển khai các giải pháp theo kế hoạch; tập trung chỉ đạo các địa bàn có nguy cơ không đạt; chuẩn bị tổng kết, đánh giá kết quả chuyển hóa cuối năm."),
    ], `Bao cao so ket 6 thang ${r.year} ${r.header.unitName}`);
}

/** The year-end report of a unit for a year as a document. */
export function yearEndDocument(r: YearEndReport): OfficialDocument {
  const k = r.kpis;
  return reportDocument(r.header, `Tổng kết công tác chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${r.year}`,
    ["Ban Chỉ đạo 138 cấp trên (để báo cáo)", "Thường trực cấp ủy, chính quyền cùng cấp", "Các thành viên Ban Chỉ đạo", "Lưu: VT, CQTT"], [
      para(`${r.header.committee} báo cáo tổng kết kết quả chuyển hóa địa bàn năm ${r.year} như sau:`),
      { type: "heading", text: "I. KẾT QUẢ CHUYỂN HÓA" },
      para(`Năm ${r.year} có ${r.communes.length} xã được lựa chọn chuyển hóa; kết quả: ${r.passed} xã chuyển hóa đạt, ${r.notPassed} xã chưa đạt, `
        + `${r.communes.length - r.passed - r.notPassed} xã chưa có kết luận. Tỷ lệ chuyển hóa đạt ${formatPercent(k.passRate.percent)} (${k.passRate.num}/${k.passRate.den} xã), `
        + `chỉ tiêu ≥ ${k.passRate.target}%: ${metText(k.passRate.met)}. Tỷ lệ địa bàn đã chuyển hóa đạt không phức tạp trở lại (lũy kế) `
        + `${formatPercent(k.noRelapse.percent)}, chỉ tiêu ≥ ${k.noRelapse.target}%: ${metText(k.noRelapse.met)}.`),
      {
        type: "table", caption: "Kết quả đánh giá từng xã", testId: "yearend-communes", numeric: [0],
        head: ["STT", "Xã", "Loại địa bàn", "Kiến nghị theo tiêu chí", "Kết quả", "Quyết định", "Ghi chú"],
        rows: r.communes.map((c, i) => [String(i + 1), c.communeName, c.hotspots, c.recommendation, c.verdictLabel, c.decision,
          [c.isOverride ? "Khác kiến nghị" : "", c.relapsed ? "Tái phức tạp" : ""].filter(Boolean).join("; ")]),
      },
      { type: "heading", text: "II. TÌNH HÌNH TỘI PHẠM, TỆ NẠN XÃ HỘI SO VỚI CÙNG KỲ" },
      { type: "table", caption: "Số liệu năm", testId: "yearend-figures", numeric: FIGURE_NUMERIC, head: ["STT", "Chỉ số", "ĐVT", `Năm ${r.year}`, "Cùng kỳ", "Tăng/giảm"], rows: figureRows(r.figures) },
      { type: "heading", text: `III. PHƯƠNG HƯỚNG NĂM ${r.year + 1}` },
      para(`Các xã chưa đạt tiếp tục được đề xuất chuyển hóa năm ${r.year + 1}; các xã đã chuyển hóa đạt được theo dõi 06 tháng để phòng ngừa tái phức tạp.`),
    ], `Bao cao tong ket ${r.year} ${r.header.unitName}`);
}

/** The district committee's monthly report as a document. */
export function districtMonthlyDocument(r: DistrictMonthlyReport): OfficialDocument {
  const hasCommunes = r.communes.length > 0;
  return reportDocument(r.header, `Kết quả thực hiện chuyển hóa địa bàn tháng ${r.month}/${r.year}`,
    ["Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh (để báo cáo)", "Lưu: VT"], [
      para(`${r.header.committee} báo cáo kết quả thực hiện chuyển hóa địa bàn tháng ${r.month}/${r.year} như sau:`),
      { type: "heading", text: "I. SỐ LIỆU TRONG THÁNG" },
      {
        type: "table", caption: "Số liệu tháng", testId: "dm-figures", numeric: [...FIGURE_NUMERIC, 6],
        head: ["STT", "Chỉ số", "ĐVT", `Tháng ${r.month}`, "Cùng kỳ", "Tăng/giảm", "Lũy kế năm"],
        rows: figureRows(r.figures).map((row, i) => [...row, fmtNum(r.figures[i]!.ytd, r.figures[i]!.isPercent)]),
      },
      ...(hasCommunes ? communeBlocks(r) : []),
      { type: "heading", text: `${hasCommunes ? "III" : "II"}. TÌNH HÌNH, KẾT QUẢ NỔI BẬT` },
      para(r.narrative || "(Chưa có nội dung báo cáo của Ban Chỉ đạo.)"),
    ], `Bao cao thang ${r.month} ${r.year} ${r.header.unitName}`);
}

function communeBlocks(r: DistrictMonthlyReport): DocBlock[] {
  return [
    { type: "heading", text: "II. TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ" },
    {
      type: "table", caption: "Báo cáo của các xã", testId: "dm-communes", numeric: [0, ...r.keyIndicators.map((_, k) => k + 3)],
      head: ["STT", "Xã", "Báo cáo", ...r.keyIndicators.map((k) => k.name)],
      rows: r.communes.map((c, i) => [String(i + 1), c.name, c.status ? REVIEW_STATUS_LABELS[c.status] : "Chưa báo cáo", ...c.values.map((v) => (v === null ? "—" : formatNumber(v)))]),
    },
  ];
}

/** Loaders by kind: the same report loaders the pages and Excel downloads use, scoped to the actor. */
export async function loadInterimDocument(actor: Actor, sp: ReportSearchParams) {
  const p = reportParams(sp);
  const r = await getInterimReport(actor, p.unitId, p.year);
  return { doc: interimDocument(r), report: r };
}
export async function loadYearEndDocument(actor: Actor, sp: ReportSearchParams) {
  const p = reportParams(sp);
  const r = await getYearEndReport(actor, p.unitId, p.year);
  return { doc: yearEndDocument(r), report: r };
}
export async function loadDistrictMonthlyDocument(actor: Actor, sp: ReportSearchParams) {
  const p = reportParams(sp);
  const r = await getDistrictMonthlyReport(actor, p.unitId, p.year, p.month);
  return { doc: districtMonthlyDocument(r), report: r };
}
