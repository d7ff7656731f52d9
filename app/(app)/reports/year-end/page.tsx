import { AdminDocument } from "@/components/documents/admin-document";
import { DocTable, ReportShell } from "@/components/reports/report-shell";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getYearEndReport } from "@/lib/server/reports/get-programme-reports";
import { reportParams, reportQuery } from "@/lib/server/reports/params";
import { figureLabel, fmtNum } from "@/lib/server/reports/report-xlsx";
import { formatPercent } from "@/lib/format";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const metText = (m: boolean | null) => (m === null ? "chưa xác định" : m ? "đạt chỉ tiêu" : "không đạt chỉ tiêu");

export default async function YearEndReportPage({ searchParams }: Props) {
  const actor = await requirePageActor("report.view");
  const p = reportParams(await searchParams);
  const r = await loadOrNotFound(() => getYearEndReport(actor, p.unitId, p.year));
  return (
    <ReportShell excelHref={`/reports/year-end/xlsx${reportQuery({ unitId: r.unit.id, year: r.year })}`}>
      <AdminDocument
        issuer={r.header.issuer}
        number={r.header.number}
        place={r.header.place}
        date={r.header.date}
        title="BÁO CÁO"
        subtitle={`Tổng kết công tác chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${r.year}`}
        recipients={["Ban Chỉ đạo 138 cấp trên (để báo cáo)", "Thường trực cấp ủy, chính quyền cùng cấp", "Các thành viên Ban Chỉ đạo", "Lưu: VT, CQTT"]}
        signer={{ onBehalf: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "" }}
      >
        <p>{r.header.committee} báo cáo tổng kết kết quả chuyển hóa địa bàn năm {r.year} như sau:</p>
        <h2 className="font-bold">I. KẾT QUẢ CHUYỂN HÓA</h2>
        <p>
          Năm {r.year} có <b data-testid="yearend-count">{r.communes.length}</b> xã được lựa chọn chuyển hóa; kết quả: <b data-testid="yearend-passed">{r.passed}</b> xã chuyển hóa đạt,
          {" "}<b>{r.notPassed}</b> xã chưa đạt, {r.communes.length - r.passed - r.notPassed} xã chưa có kết luận.
          Tỷ lệ chuyển hóa đạt {formatPercent(r.kpis.passRate.percent)} ({r.kpis.passRate.num}/{r.kpis.passRate.den} xã), chỉ tiêu ≥ {r.kpis.passRate.target}%: {metText(r.kpis.passRate.met)}.
          Tỷ lệ địa bàn đã chuyển hóa đạt không phức tạp trở lại (lũy kế) {formatPercent(r.kpis.noRelapse.percent)}, chỉ tiêu ≥ {r.kpis.noRelapse.target}%: {metText(r.kpis.noRelapse.met)}.
        </p>
        <DocTable caption="Kết quả đánh giá từng xã" testId="yearend-communes"
          head={["STT", "Xã", "Loại địa bàn", "Kiến nghị theo tiêu chí", "Kết quả", "Quyết định", "Ghi chú"]}
          rows={r.communes.map((c, i) => [i + 1, c.communeName, c.hotspots, c.recommendation, c.verdictLabel, c.decision, [c.isOverride ? "Khác kiến nghị" : "", c.relapsed ? "Tái phức tạp" : ""].filter(Boolean).join("; ")])} />
        <h2 className="font-bold">II. TÌNH HÌNH TỘI PHẠM, TỆ NẠN XÃ HỘI SO VỚI CÙNG KỲ</h2>
        <DocTable caption="Số liệu năm" testId="yearend-figures"
          head={["STT", "Chỉ số", "ĐVT", `Năm ${r.year}`, "Cùng kỳ", "Tăng/giảm"]}
          rows={r.figures.map((f, i) => [i + 1, figureLabel(f), f.unitLabel, fmtNum(f.current, f.isPercent), fmtNum(f.baseline, f.isPercent), f.change === null ? "" : f.change > 0 ? `+${f.change}` : String(f.change)])} />
        <h2 className="font-bold">III. PHƯƠNG HƯỚNG NĂM {r.year + 1}</h2>
        <p>Các xã chưa đạt tiếp tục được đề xuất chuyển hóa năm {r.year + 1}; các xã đã chuyển hóa đạt được theo dõi 06 tháng để phòng ngừa tái phức tạp.</p>
      </AdminDocument>
    </ReportShell>
  );
}
