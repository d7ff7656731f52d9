import { redirect } from "next/navigation";
import { AdminDocument } from "@/components/documents/admin-document";
import { DocTable, ReportShell } from "@/components/reports/report-shell";
import { Notice } from "@/components/ui/card";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { AppError } from "@/lib/errors";
import { getDistrictMonthlyReport } from "@/lib/server/reports/get-district-monthly-report";
import { reportParams, reportQuery } from "@/lib/server/reports/params";
import { figureLabel, fmtNum } from "@/lib/server/reports/report-xlsx";
import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DistrictMonthlyReportPage({ searchParams }: Props) {
  const actor = await requirePageActor("report.view");
  const p = reportParams(await searchParams);
  if (!p.unitId && actor.unitLevel === "PROVINCE") redirect("/reports");
  let r;
  try {
    r = await loadOrNotFound(() => getDistrictMonthlyReport(actor, p.unitId, p.year, p.month));
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION") return <Notice tone="warning">{e.message}</Notice>;
    throw e;
  }
  return (
    <ReportShell excelHref={`/reports/district-monthly/xlsx${reportQuery({ unitId: r.unit.id, year: r.year, month: r.month })}`}>
      <AdminDocument
        issuer={r.header.issuer}
        number={r.header.number}
        place={r.header.place}
        date={r.header.date}
        title="BÁO CÁO"
        subtitle={`Kết quả thực hiện chuyển hóa địa bàn tháng ${r.month}/${r.year}`}
        recipients={["Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh (để báo cáo)", "Lưu: VT"]}
        signer={{ onBehalf: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "" }}
      >
        <p>{r.header.committee} báo cáo kết quả thực hiện chuyển hóa địa bàn tháng {r.month}/{r.year} như sau:</p>
        <h2 className="font-bold">I. SỐ LIỆU TRONG THÁNG</h2>
        <DocTable caption="Số liệu tháng" testId="dm-figures"
          head={["STT", "Chỉ số", "ĐVT", `Tháng ${r.month}`, "Cùng kỳ", "Tăng/giảm", "Lũy kế năm"]}
          rows={r.figures.map((f, i) => [i + 1, figureLabel(f), f.unitLabel, fmtNum(f.current, f.isPercent), fmtNum(f.baseline, f.isPercent), f.change === null ? "" : f.change > 0 ? `+${f.change}` : String(f.change), fmtNum(f.ytd, f.isPercent)])} />
        {r.communes.length > 0 ? (
          <>
            <h2 className="font-bold">II. TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ</h2>
            <DocTable caption="Báo cáo của các xã" testId="dm-communes"
              head={["STT", "Xã", "Báo cáo", ...r.keyIndicators.map((k) => k.name)]}
              rows={r.communes.map((c, i) => [i + 1, c.name, c.status ? REVIEW_STATUS_LABELS[c.status] : "Chưa báo cáo", ...c.values])} />
          </>
        ) : null}
        <h2 className="font-bold">{r.communes.length > 0 ? "III" : "II"}. TÌNH HÌNH, KẾT QUẢ NỔI BẬT</h2>
        <p className="whitespace-pre-line">{r.narrative || "(Chưa có nội dung báo cáo của Ban Chỉ đạo.)"}</p>
      </AdminDocument>
    </ReportShell>
  );
}
