import { AdminDocument } from "@/components/documents/admin-document";
import { DocTable, ReportShell } from "@/components/reports/report-shell";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getInterimReport } from "@/lib/server/reports/get-programme-reports";
import { reportParams, reportQuery } from "@/lib/server/reports/params";
import { figureLabel, fmtNum } from "@/lib/server/reports/report-xlsx";
import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { formatPercent } from "@/lib/format";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InterimReportPage({ searchParams }: Props) {
  const actor = await requirePageActor("report.view");
  const p = reportParams(await searchParams);
  const r = await loadOrNotFound(() => getInterimReport(actor, p.unitId, p.year));
  const first = r.months[0]!, last = r.months[r.months.length - 1]!;
  const behind = r.communes.filter((c) => c.onTrack === false);
  return (
    <ReportShell excelHref={`/reports/interim/xlsx${reportQuery({ unitId: r.unit.id, year: r.year })}`}>
      <AdminDocument
        issuer={r.header.issuer}
        number={r.header.number}
        place={r.header.place}
        date={r.header.date}
        title="BÁO CÁO"
        subtitle={`Sơ kết 6 tháng thực hiện chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${r.year}`}
        recipients={["Ban Chỉ đạo 138 cấp trên (để báo cáo)", "Các thành viên Ban Chỉ đạo", "Lưu: VT, CQTT"]}
        signer={{ onBehalf: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "" }}
      >
        <p>
          Thực hiện Kế hoạch chuyển hóa địa bàn năm {r.year}, {r.header.committee} báo cáo kết quả sơ kết 6 tháng
          (từ tháng {first.month}/{first.year} đến tháng {last.month}/{last.year}) như sau:
        </p>
        <h2 className="font-bold">I. KẾT QUẢ THỰC HIỆN</h2>
        <p>
          1. Tổng số địa bàn được lựa chọn chuyển hóa: <b data-testid="interim-count">{r.communes.length}</b> xã; đã tổ chức sơ kết: {r.reviewed} xã;
          số xã đạt từ {r.threshold}% chỉ tiêu trở lên: {r.communes.filter((c) => c.onTrack).length} xã.
        </p>
        <DocTable caption="Kết quả từng địa bàn" testId="interim-communes"
          head={["STT", "Xã", "Loại địa bàn", "Sơ kết", "Chỉ tiêu đạt", "Tỷ lệ", "Đánh giá"]}
          rows={r.communes.map((c, i) => [i + 1, c.communeName, c.hotspots, c.reviewStatus ? REVIEW_STATUS_LABELS[c.reviewStatus as "ACCEPTED"] : "Chưa sơ kết", `${c.achieved}/${c.evaluated}`, formatPercent(c.share), c.onTrack === null ? "Chưa đủ số liệu" : c.onTrack ? "Đúng tiến độ" : "Có nguy cơ không đạt"])} />
        <p>2. Tình hình tội phạm, tệ nạn xã hội 6 tháng so với cùng kỳ:</p>
        <DocTable caption="Số liệu 6 tháng" testId="interim-figures"
          head={["STT", "Chỉ số", "ĐVT", "6 tháng", "Cùng kỳ", "Tăng/giảm"]}
          rows={r.figures.map((f, i) => [i + 1, figureLabel(f), f.unitLabel, fmtNum(f.current, f.isPercent), fmtNum(f.baseline, f.isPercent), f.change === null ? "" : f.change > 0 ? `+${f.change}` : String(f.change)])} />
        <h2 className="font-bold">II. TỒN TẠI, HẠN CHẾ</h2>
        {behind.length === 0 ? <p>Các địa bàn cơ bản thực hiện đúng tiến độ.</p> : (
          <ul className="list-disc pl-6">{behind.map((c) => <li key={c.communeName}>{c.communeName}: {c.shortcomings || `đạt ${c.achieved}/${c.evaluated} chỉ tiêu`}.</li>)}</ul>
        )}
        <h2 className="font-bold">III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM</h2>
        <p>Tiếp tục triển khai các giải pháp theo kế hoạch; tập trung chỉ đạo các địa bàn có nguy cơ không đạt; chuẩn bị tổng kết, đánh giá kết quả chuyển hóa cuối năm.</p>
      </AdminDocument>
    </ReportShell>
  );
}
