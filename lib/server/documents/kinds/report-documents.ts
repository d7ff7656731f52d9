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
  figures.map((f, i) => [
    String(i + 1),
    figureLabel(f),
    f.unitLabel,
    fmtNum(f.current, f.isPercent),
    fmtNum(f.baseline, f.isPercent),
    change(f),
  ]);
const FIGURE_NUMERIC = [0, 3, 4, 5];
const metText = (m: boolean | null) => (m === null ? "chưa xác định" : m ? "đạt chỉ tiêu" : "không đạt chỉ tiêu");

function reportDocument(
  header: Header,
  summary: string,
  recipients: string[],
  body: DocBlock[],
  fileTitle: string,
): OfficialDocument {
  return {
    issuer: header.issuer,
    number: header.number,
    place: header.place,
    date: header.date,
    title: "BÁO CÁO",
    summary,
    body,
    recipients: header.recipients ?? recipients,
    signer: header.signer,
    fileTitle,
  };
}

/** The interim (6-month) report of a unit for a year as a document. */
export function interimDocument(interimReport: InterimReport): OfficialDocument {
  const first = interimReport.months[0]!,
    last = interimReport.months[interimReport.months.length - 1]!;
  const behind = interimReport.communes.filter((c) => c.onTrack === false);
  return reportDocument(
    interimReport.header,
    `Sơ kết 6 tháng thực hiện chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${interimReport.year}`,
    ["Ban Chỉ đạo 138 cấp trên (để báo cáo)", "Các thành viên Ban Chỉ đạo", "Lưu: VT, CQTT"],
    [
      para(
        `Thực hiện Kế hoạch chuyển hóa địa bàn năm ${interimReport.year}, ${interimReport.header.committee} báo cáo kết quả sơ kết 6 tháng (từ tháng ${first.month}/${first.year} đến tháng ${last.month}/${last.year}) như sau:`,
      ),
      { type: "heading", text: "I. KẾT QUẢ THỰC HIỆN" },
      para(
        `1. Tổng số địa bàn được lựa chọn chuyển hóa: ${interimReport.communes.length} xã; đã tổ chức sơ kết: ${interimReport.reviewed} xã; số xã đạt từ ${interimReport.threshold}% chỉ tiêu trở lên: ${interimReport.communes.filter((c) => c.onTrack).length} xã.`,
      ),
      {
        type: "table",
        caption: "Kết quả từng địa bàn",
        testId: "interim-communes",
        numeric: [0, 5],
        head: ["STT", "Xã", "Loại địa bàn", "Sơ kết", "Chỉ tiêu đạt", "Tỷ lệ", "Đánh giá"],
        rows: interimReport.communes.map((c, i) => [
          String(i + 1),
          c.communeName,
          c.hotspots,
          c.reviewStatus ? REVIEW_STATUS_LABELS[c.reviewStatus as "ACCEPTED"] : "Chưa sơ kết",
          `${c.achieved}/${c.evaluated}`,
          formatPercent(c.share),
          c.onTrack === null ? "Chưa đủ số liệu" : c.onTrack ? "Đúng tiến độ" : "Có nguy cơ không đạt",
        ]),
      },
      para("2. Tình hình tội phạm, tệ nạn xã hội 6 tháng so với cùng kỳ:"),
      {
        type: "table",
        caption: "Số liệu 6 tháng",
        testId: "interim-figures",
        numeric: FIGURE_NUMERIC,
        head: ["STT", "Chỉ số", "ĐVT", "6 tháng", "Cùng kỳ", "Tăng/giảm"],
        rows: figureRows(interimReport.figures),
      },
      { type: "heading", text: "II. TỒN TẠI, HẠN CHẾ" },
      behind.length === 0
        ? para("Các địa bàn cơ bản thực hiện đúng tiến độ.")
        : {
            type: "bullets",
            items: behind.map(
              (c) => `${c.communeName}: ${c.shortcomings || `đạt ${c.achieved}/${c.evaluated} chỉ tiêu`}.`,
            ),
          },
      { type: "heading", text: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM" },
      para(
        "Tiếp tục triển khai các giải pháp theo kế hoạch; tập trung chỉ đạo các địa bàn có nguy cơ không đạt; chuẩn bị tổng kết, đánh giá kết quả chuyển hóa cuối năm.",
      ),
    ],
    `Bao cao so ket 6 thang ${interimReport.year} ${interimReport.header.unitName}`,
  );
}

/** The year-end report of a unit for a year as a document. */
export function yearEndDocument(yearEndReport: YearEndReport): OfficialDocument {
  const kpis = yearEndReport.kpis;
  return reportDocument(
    yearEndReport.header,
    `Tổng kết công tác chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${yearEndReport.year}`,
    [
      "Ban Chỉ đạo 138 cấp trên (để báo cáo)",
      "Thường trực cấp ủy, chính quyền cùng cấp",
      "Các thành viên Ban Chỉ đạo",
      "Lưu: VT, CQTT",
    ],
    [
      para(
        `${yearEndReport.header.committee} báo cáo tổng kết kết quả chuyển hóa địa bàn năm ${yearEndReport.year} như sau:`,
      ),
      { type: "heading", text: "I. KẾT QUẢ CHUYỂN HÓA" },
      para(
        `Năm ${yearEndReport.year} có ${yearEndReport.communes.length} xã được lựa chọn chuyển hóa; kết quả: ${yearEndReport.passed} xã chuyển hóa đạt, ${yearEndReport.notPassed} xã chưa đạt, ` +
          `${yearEndReport.communes.length - yearEndReport.passed - yearEndReport.notPassed} xã chưa có kết luận. Tỷ lệ chuyển hóa đạt ${formatPercent(kpis.passRate.percent)} (${kpis.passRate.num}/${kpis.passRate.den} xã), ` +
          `chỉ tiêu ≥ ${kpis.passRate.target}%: ${metText(kpis.passRate.met)}. Tỷ lệ địa bàn đã chuyển hóa đạt không phức tạp trở lại (lũy kế) ` +
          `${formatPercent(kpis.noRelapse.percent)}, chỉ tiêu ≥ ${kpis.noRelapse.target}%: ${metText(kpis.noRelapse.met)}.`,
      ),
      {
        type: "table",
        caption: "Kết quả đánh giá từng xã",
        testId: "yearend-communes",
        numeric: [0],
        head: ["STT", "Xã", "Loại địa bàn", "Kiến nghị theo tiêu chí", "Kết quả", "Quyết định", "Ghi chú"],
        rows: yearEndReport.communes.map((c, i) => [
          String(i + 1),
          c.communeName,
          c.hotspots,
          c.recommendation,
          c.verdictLabel,
          c.decision,
          [c.isOverride ? "Khác kiến nghị" : "", c.relapsed ? "Tái phức tạp" : ""].filter(Boolean).join("; "),
        ]),
      },
      { type: "heading", text: "II. TÌNH HÌNH TỘI PHẠM, TỆ NẠN XÃ HỘI SO VỚI CÙNG KỲ" },
      {
        type: "table",
        caption: "Số liệu năm",
        testId: "yearend-figures",
        numeric: FIGURE_NUMERIC,
        head: ["STT", "Chỉ số", "ĐVT", `Năm ${yearEndReport.year}`, "Cùng kỳ", "Tăng/giảm"],
        rows: figureRows(yearEndReport.figures),
      },
      { type: "heading", text: `III. PHƯƠNG HƯỚNG NĂM ${yearEndReport.year + 1}` },
      para(
        `Các xã chưa đạt tiếp tục được đề xuất chuyển hóa năm ${yearEndReport.year + 1}; các xã đã chuyển hóa đạt được theo dõi 06 tháng để phòng ngừa tái phức tạp.`,
      ),
    ],
    `Bao cao tong ket ${yearEndReport.year} ${yearEndReport.header.unitName}`,
  );
}

/** The district committee's monthly report as a document. */
export function districtMonthlyDocument(districtMonthlyReport: DistrictMonthlyReport): OfficialDocument {
  const hasCommunes = districtMonthlyReport.communes.length > 0;
  return reportDocument(
    districtMonthlyReport.header,
    `Kết quả thực hiện chuyển hóa địa bàn tháng ${districtMonthlyReport.month}/${districtMonthlyReport.year}`,
    ["Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh (để báo cáo)", "Lưu: VT"],
    [
      para(
        `${districtMonthlyReport.header.committee} báo cáo kết quả thực hiện chuyển hóa địa bàn tháng ${districtMonthlyReport.month}/${districtMonthlyReport.year} như sau:`,
      ),
      { type: "heading", text: "I. SỐ LIỆU TRONG THÁNG" },
      {
        type: "table",
        caption: "Số liệu tháng",
        testId: "dm-figures",
        numeric: [...FIGURE_NUMERIC, 6],
        head: ["STT", "Chỉ số", "ĐVT", `Tháng ${districtMonthlyReport.month}`, "Cùng kỳ", "Tăng/giảm", "Lũy kế năm"],
        rows: figureRows(districtMonthlyReport.figures).map((row, i) => [
          ...row,
          fmtNum(districtMonthlyReport.figures[i]!.ytd, districtMonthlyReport.figures[i]!.isPercent),
        ]),
      },
      ...(hasCommunes ? communeBlocks(districtMonthlyReport) : []),
      { type: "heading", text: `${hasCommunes ? "III" : "II"}. TÌNH HÌNH, KẾT QUẢ NỔI BẬT` },
      para(districtMonthlyReport.narrative || "(Chưa có nội dung báo cáo của Ban Chỉ đạo.)"),
    ],
    `Bao cao thang ${districtMonthlyReport.month} ${districtMonthlyReport.year} ${districtMonthlyReport.header.unitName}`,
  );
}

function communeBlocks(districtMonthlyReport: DistrictMonthlyReport): DocBlock[] {
  return [
    { type: "heading", text: "II. TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ" },
    {
      type: "table",
      caption: "Báo cáo của các xã",
      testId: "dm-communes",
      numeric: [0, ...districtMonthlyReport.keyIndicators.map((_, k) => k + 3)],
      head: ["STT", "Xã", "Báo cáo", ...districtMonthlyReport.keyIndicators.map((k) => k.name)],
      rows: districtMonthlyReport.communes.map((c, i) => [
        String(i + 1),
        c.name,
        c.status ? REVIEW_STATUS_LABELS[c.status] : "Chưa báo cáo",
        ...c.values.map((v) => (v === null ? "—" : formatNumber(v))),
      ]),
    },
  ];
}

/** Loaders by kind: the same report loaders the pages and Excel downloads use, scoped to the actor. */
export async function loadInterimDocument(actor: Actor, sp: ReportSearchParams) {
  const params = reportParams(sp);
  const interimReport = await getInterimReport(actor, params.unitId, params.year);
  return { doc: interimDocument(interimReport), report: interimReport };
}
export async function loadYearEndDocument(actor: Actor, sp: ReportSearchParams) {
  const params = reportParams(sp);
  const yearEndReport = await getYearEndReport(actor, params.unitId, params.year);
  return { doc: yearEndDocument(yearEndReport), report: yearEndReport };
}
export async function loadDistrictMonthlyDocument(actor: Actor, sp: ReportSearchParams) {
  const params = reportParams(sp);
  const districtMonthlyReport = await getDistrictMonthlyReport(actor, params.unitId, params.year, params.month);
  return { doc: districtMonthlyDocument(districtMonthlyReport), report: districtMonthlyReport };
}
