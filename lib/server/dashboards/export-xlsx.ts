import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { periodLabel } from "@/lib/domain/period";
import { CRITERIA_GROUP_LABELS } from "@/lib/domain/types";
import { dashboard as text } from "@/lib/i18n/vi/dashboard";
import type { DashboardFilters } from "./filters";
import { getDashboardHome, PIPELINE_STAGES } from "./get-dashboard-home";
import { getTrends } from "./get-trends";
import { getRanking } from "./get-ranking";
import { getDrilldown } from "./get-drilldown";
import { getMap } from "./get-map";

export const EXPORT_VIEWS = ["home", "trends", "ranking", "drill", "map"] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

type Cell = string | number | null;

function sheet(wb: ExcelJS.Workbook, name: string, title: string, head: string[], rows: Cell[][]) {
  const ws = wb.addWorksheet(name.slice(0, 31));
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const header = ws.addRow(head);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.border = { bottom: { style: "thin" } };
    c.alignment = { wrapText: true, vertical: "top" };
  });
  for (const row of rows) ws.addRow(row.map((v) => (v === null ? "" : v)));
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 40 : 16;
  });
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return ws;
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The numbers of a dashboard view as an Excel workbook (same loaders as the pages: same scope, same figures). */
export async function exportDashboardXlsx(
  actor: Actor,
  view: string,
  unitId: string | null,
  filters: DashboardFilters,
): Promise<{ buffer: Buffer; fileName: string }> {
  if (!EXPORT_VIEWS.includes(view as ExportView)) throw validation("Tham số không hợp lệ.");
  const wb = new ExcelJS.Workbook();
  wb.creator = "BCĐ 138";
  wb.created = new Date();
  let base = view;
  if (view === "home") {
    const dashboardHome = await getDashboardHome(actor, unitId, filters);
    base = `tong-quan-${dashboardHome.year}`;
    sheet(
      wb,
      "Tổng quan",
      `${text.home.title} – ${dashboardHome.unit.name} – ${dashboardHome.year}`,
      ["Chỉ số", "Giá trị"],
      [
        [text.home.cap.replace("{year}", String(dashboardHome.year)), dashboardHome.cap.selected],
        ["Tối đa theo giới hạn", dashboardHome.cap.enforcedHere ? dashboardHome.cap.max : null],
        ["Số đơn vị cấp xã", dashboardHome.cap.communeCount],
        ...PIPELINE_STAGES.map((k): Cell[] => [text.home.stages[k], dashboardHome.pipeline[k]]),
        ["Tỷ lệ chuyển hóa đạt (%)", round(dashboardHome.kpis.passRate.percent)],
        ["Tỷ lệ không tái phức tạp (%)", round(dashboardHome.kpis.noRelapse.percent)],
        [
          `Báo cáo tháng ${dashboardHome.reporting.month}/${dashboardHome.reporting.year}: đã gửi`,
          dashboardHome.reporting.submitted,
        ],
        ["Tỷ lệ đã gửi (%)", round(dashboardHome.reporting.completeness)],
        ["Tỷ lệ đúng hạn (%)", round(dashboardHome.reporting.timeliness)],
      ],
    );
    sheet(
      wb,
      "Nguy cơ",
      text.home.atRisk,
      ["Xã", "Chỉ tiêu đạt", "Số chỉ tiêu đánh giá", "Chỉ tiêu chưa đạt"],
      dashboardHome.atRisk.map((r) => [r.communeName, r.achieved, r.evaluated, r.missed.join("; ")]),
    );
  } else if (view === "trends") {
    const trends = await getTrends(actor, unitId, filters);
    base = `dien-bien-${trends.year}-${trends.group}`;
    sheet(
      wb,
      "Theo tháng",
      `${text.trends.title}: ${CRITERIA_GROUP_LABELS[trends.group]} – ${trends.unit.name}`,
      ["Chỉ số", "Tháng", `Năm ${trends.year}`, `Năm ${trends.year - 1}`],
      trends.series.flatMap((se) =>
        se.points.map((p): Cell[] => [se.name, p.month, round(p.thisYear), round(p.lastYear)]),
      ),
    );
    sheet(
      wb,
      "Theo đơn vị",
      `${text.trends.byUnit} – ${periodLabel(trends.period)}`,
      ["Đơn vị", ...trends.indicators.flatMap((i) => [i.name, `${i.name} (cùng kỳ)`])],
      trends.rows.map((r) => [r.unit.name, ...r.values.flatMap((v) => [round(v.cur), round(v.base)])]),
    );
  } else if (view === "ranking") {
    const ranking = await getRanking(actor, unitId, filters);
    base = `xep-hang-${ranking.year}`;
    const head = [
      "Đơn vị",
      "Chỉ tiêu đạt",
      "Số chỉ tiêu đánh giá",
      "Tỷ lệ đạt (%)",
      "Kỳ trước (%)",
      ...ranking.indicators.map((i) => i.name),
    ];
    const rows = (list: typeof ranking.units) =>
      list.map((r) => [
        r.name,
        r.achieved,
        r.evaluated,
        round(r.share),
        round(r.previousShare),
        ...r.values.map((v) => round(v.value)),
      ]);
    sheet(
      wb,
      "Đơn vị",
      `${text.ranking.title} – ${ranking.unit.name} – ${periodLabel(ranking.period)}`,
      head,
      rows(ranking.units),
    );
    sheet(
      wb,
      "Xã chuyển hóa",
      text.ranking.communes.replace("{year}", String(ranking.year)),
      head,
      rows(ranking.communes),
    );
  } else if (view === "drill") {
    const drilldown = await getDrilldown(actor, unitId, filters);
    base = `so-lieu-${drilldown.year}`;
    sheet(
      wb,
      "Đơn vị",
      `${text.drill.title}: ${drilldown.unit.name} – ${periodLabel(drilldown.period)}`,
      ["Chỉ số", "Giá trị", "Chỉ tiêu"],
      drilldown.indicators.map((i) => [i.name, round(i.self.value), i.target]),
    );
    sheet(
      wb,
      "Trực thuộc",
      text.drill.children,
      ["Đơn vị", ...drilldown.indicators.map((i) => i.name)],
      drilldown.children.map((c) => [c.unit.name, ...c.values.map((v) => round(v.value))]),
    );
  } else {
    const map = await getMap(actor, unitId, filters.year);
    base = `so-do-${map.year}`;
    sheet(
      wb,
      "Sơ đồ",
      `${text.map.title} – ${map.unit.name} – ${map.year}`,
      ["Đơn vị cấp trên", "Đơn vị", "Trạng thái"],
      map.groups.flatMap((g) => g.tiles.map((t) => [g.name, t.name, text.map.status[t.status]])),
    );
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, fileName: `${base}.xlsx` };
}
