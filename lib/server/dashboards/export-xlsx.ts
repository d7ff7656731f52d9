import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { periodLabel } from "@/lib/domain/period";
import { CRITERIA_GROUP_LABELS } from "@/lib/domain/types";
import { dashboard as s } from "@/lib/i18n/vi/dashboard";
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
  const h = ws.addRow(head);
  h.font = { bold: true };
  h.eachCell((c) => { c.border = { bottom: { style: "thin" } }; c.alignment = { wrapText: true, vertical: "top" }; });
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? "" : v)));
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 40 : 16; });
  ws.views = [{ state: "frozen", ySplit: 3 }];
  return ws;
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The numbers of a dashboard view as an Excel workbook (same loaders as the pages: same scope, same figures). */
export async function exportDashboardXlsx(actor: Actor, view: string, unitId: string | null, filters: DashboardFilters): Promise<{ buffer: Buffer; fileName: string }> {
  if (!EXPORT_VIEWS.includes(view as ExportView)) throw validation("Tham số không hợp lệ.");
  const wb = new ExcelJS.Workbook();
  wb.creator = "BCĐ 138";
  wb.created = new Date();
  let base = view;
  if (view === "home") {
    const d = await getDashboardHome(actor, unitId, filters);
    base = `tong-quan-${d.year}`;
    sheet(wb, "Tổng quan", `${s.home.title} – ${d.unit.name} – ${d.year}`, ["Chỉ số", "Giá trị"], [
      [s.home.cap.replace("{year}", String(d.year)), d.cap.selected],
      ["Tối đa theo giới hạn", d.cap.enforcedHere ? d.cap.max : null],
      ["Số đơn vị cấp xã", d.cap.communeCount],
      ...PIPELINE_STAGES.map((k): Cell[] => [s.home.stages[k], d.pipeline[k]]),
      ["Tỷ lệ chuyển hóa đạt (%)", round(d.kpis.passRate.percent)],
      ["Tỷ lệ không tái phức tạp (%)", round(d.kpis.noRelapse.percent)],
      [`Báo cáo tháng ${d.reporting.month}/${d.reporting.year}: đã gửi`, d.reporting.submitted],
      ["Tỷ lệ đã gửi (%)", round(d.reporting.completeness)],
      ["Tỷ lệ đúng hạn (%)", round(d.reporting.timeliness)],
    ]);
    sheet(wb, "Nguy cơ", s.home.atRisk, ["Xã", "Chỉ tiêu đạt", "Số chỉ tiêu đánh giá", "Chỉ tiêu chưa đạt"], d.atRisk.map((r) => [r.communeName, r.achieved, r.evaluated, r.missed.join("; ")]));
  } else if (view === "trends") {
    const d = await getTrends(actor, unitId, filters);
    base = `dien-bien-${d.year}-${d.group}`;
    sheet(wb, "Theo tháng", `${s.trends.title}: ${CRITERIA_GROUP_LABELS[d.group]} – ${d.unit.name}`, ["Chỉ số", "Tháng", `Năm ${d.year}`, `Năm ${d.year - 1}`],
      d.series.flatMap((se) => se.points.map((p): Cell[] => [se.name, p.month, round(p.thisYear), round(p.lastYear)])));
    sheet(wb, "Theo đơn vị", `${s.trends.byUnit} – ${periodLabel(d.period)}`, ["Đơn vị", ...d.indicators.flatMap((i) => [i.name, `${i.name} (cùng kỳ)`])],
      d.rows.map((r) => [r.unit.name, ...r.values.flatMap((v) => [round(v.cur), round(v.base)])]));
  } else if (view === "ranking") {
    const d = await getRanking(actor, unitId, filters);
    base = `xep-hang-${d.year}`;
    const head = ["Đơn vị", "Chỉ tiêu đạt", "Số chỉ tiêu đánh giá", "Tỷ lệ đạt (%)", "Kỳ trước (%)", ...d.indicators.map((i) => i.name)];
    const rows = (list: typeof d.units) => list.map((r) => [r.name, r.achieved, r.evaluated, round(r.share), round(r.previousShare), ...r.values.map((v) => round(v.value))]);
    sheet(wb, "Đơn vị", `${s.ranking.title} – ${d.unit.name} – ${periodLabel(d.period)}`, head, rows(d.units));
    sheet(wb, "Xã chuyển hóa", s.ranking.communes.replace("{year}", String(d.year)), head, rows(d.communes));
  } else if (view === "drill") {
    const d = await getDrilldown(actor, unitId, filters);
    base = `so-lieu-${d.year}`;
    sheet(wb, "Đơn vị", `${s.drill.title}: ${d.unit.name} – ${periodLabel(d.period)}`, ["Chỉ số", "Giá trị", "Chỉ tiêu"], d.indicators.map((i) => [i.name, round(i.self.value), i.target]));
    sheet(wb, "Trực thuộc", s.drill.children, ["Đơn vị", ...d.indicators.map((i) => i.name)], d.children.map((c) => [c.unit.name, ...c.values.map((v) => round(v.value))]));
  } else {
    const d = await getMap(actor, unitId, filters.year);
    base = `so-do-${d.year}`;
    sheet(wb, "Sơ đồ", `${s.map.title} – ${d.unit.name} – ${d.year}`, ["Đơn vị cấp trên", "Đơn vị", "Trạng thái"], d.groups.flatMap((g) => g.tiles.map((t) => [g.name, t.name, s.map.status[t.status]])));
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, fileName: `${base}.xlsx` };
}
