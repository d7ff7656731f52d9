import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { vnDay } from "@/lib/domain/vn-date";
import { para, type OfficialDocument } from "@/lib/documents/official-document";
import { appNow } from "@/lib/clock";
import { formatDate, formatPercent } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { getAwardsPage } from "@/lib/server/awards/get-awards-page";
import { getVerdictPage } from "@/lib/server/verdicts/get-verdict-page";
import { issuingBody } from "../issuing-body";
import { docDateOf } from "./programme-documents";

// The verdict decision on a commune and the emulation award list (issue #5) as administrative documents,
// from the loaders of their pages (scoped to the actor: another unit's record is "not found").

/** The decision recognising a commune's result of the year (the effective, issued verdict); none issued → not found. */
export async function loadVerdictDocument(actor: Actor, selectionId: string) {
  const page = await getVerdictPage(actor, selectionId);
  const effective = page.effective;
  if (!effective?.verdict || !effective.decisionNumber || !effective.decisionDate) throw notFound();
  const { selection, assessment } = page;
  const pr = selection.programme;
  const [body, plan] = await Promise.all([
    issuingBody(pr.provinceId),
    db.programme.findUniqueOrThrow({ where: { id: pr.id }, select: { planNumber: true, planDate: true } }),
  ]);
  const commune = [
    selection.commune.name,
    selection.commune.parent?.level === "DISTRICT" ? selection.commune.parent.name : "",
  ]
    .filter(Boolean)
    .join(", ");
  const passed = effective.verdict === "PASSED";
  const rec = assessment.result;
  const text = vi.reviews;
  const doc: OfficialDocument = {
    issuer: body.issuer,
    number: effective.decisionNumber,
    place: body.place,
    date: docDateOf(effective.decisionDate),
    title: "QUYẾT ĐỊNH",
    summary: `Công nhận kết quả chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${pr.year} đối với ${selection.commune.name}`,
    body: [
      para(body.committee.toUpperCase(), { align: "center", bold: true }),
      para(
        `Căn cứ Kế hoạch số ${plan.planNumber} ngày ${formatDate(plan.planDate)} về chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${pr.year};`,
        { italic: true },
      ),
      para(
        "Căn cứ kết quả tổng kết, đánh giá của Ban Chỉ đạo cấp xã, cấp huyện và đề nghị của Cơ quan Thường trực Ban Chỉ đạo,",
        { italic: true },
      ),
      para("QUYẾT ĐỊNH:", { align: "center", bold: true }),
      {
        type: "paragraph",
        runs: [
          { text: "Điều 1. ", bold: true },
          {
            text:
              `Công nhận ${commune} (loại địa bàn: ${selection.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}) ` +
              `${passed ? "đạt" : "chưa đạt"} kết quả chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${pr.year}.`,
          },
        ],
      },
      {
        type: "table",
        caption: text.recommendation,
        numeric: [1],
        head: ["Nội dung", "Kết quả"],
        rows: [
          [
            text.recommendation,
            `${text.verdict[rec.recommendation]} (${rec.achievedCount}/${rec.totalCount} chỉ tiêu, ${formatPercent(rec.achievedShare)})`,
          ],
          [text.finalVerdict, text.verdict[effective.verdict]],
          ...(effective.isOverride && effective.justification ? [[text.justification, effective.justification]] : []),
        ],
      },
      {
        type: "paragraph",
        runs: [
          { text: "Điều 2. ", bold: true },
          {
            text: passed
              ? `Ban Chỉ đạo cấp huyện, cấp xã tiếp tục theo dõi địa bàn trong ${String(pr.relapseWatchMonths).padStart(2, "0")} tháng để phòng ngừa tái phức tạp.`
              : `Địa bàn tiếp tục được đề xuất đưa vào chuyển hóa năm ${pr.year + 1}.`,
          },
        ],
      },
      {
        type: "paragraph",
        runs: [
          { text: "Điều 3. ", bold: true },
          {
            text: "Quyết định có hiệu lực kể từ ngày ký. Cơ quan Thường trực Ban Chỉ đạo, Ban Chỉ đạo cấp huyện, cấp xã và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
          },
        ],
      },
    ],
    recipients: body.recipients ?? ["Như Điều 3;", "Thường trực Tỉnh ủy, UBND tỉnh (để báo cáo);", "Lưu: VT, CQTT."],
    // Without settings, the title of the programme's approver (who issues verdicts).
    signer: body.configured ? body.signer : { ...body.signer, title: pr.approverTitle },
    fileTitle: `Quyet dinh ${effective.decisionNumber} ${selection.commune.name} ${pr.year}`,
  };
  return { doc, verdict: page };
}

/**
 * The emulation award list of a year: for the province's secretariat every nomination sent to it (submitted or
 * approved), for any other unit its own nominations (withdrawn ones left out); no round that year → not found.
 */
export async function loadAwardListDocument(actor: Actor, year: number, now = appNow()) {
  const page = await getAwardsPage(actor, year);
  if (!page.round) throw notFound();
  const province = actor.unitLevel === "PROVINCE" && page.provinceCheck !== null;
  const rows = province
    ? page.all.filter((n) => n.status === "SUBMITTED" || n.status === "APPROVED")
    : page.all.filter((n) => n.nominatingUnitId === actor.unitId && n.status !== "WITHDRAWN");
  const body = await issuingBody(actor.unitId);
  const text = vi.reviews;
  const doc: OfficialDocument = {
    issuer: body.issuer,
    number: "      /DS-BCĐ",
    place: body.place,
    date: vnDay(now),
    title: "DANH SÁCH",
    summary: `Đề nghị khen thưởng trong phong trào thi đua chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội năm ${year}`,
    body: [
      para(
        `Tổng số: ${rows.filter((n) => n.kind === "COLLECTIVE").length} tập thể, ${rows.filter((n) => n.kind === "INDIVIDUAL").length} cá nhân.`,
      ),
      {
        type: "table",
        caption: text.nominations,
        testId: "award-list",
        numeric: [0],
        head: ["STT", text.nominee, text.position, text.nominatingUnit, "Tập thể/Cá nhân", vi.users.status],
        rows: rows.map((n, i) => [
          String(i + 1),
          n.name,
          n.position ?? "",
          n.unitName,
          text.kind[n.kind],
          text.nominationStatus[n.status],
        ]),
      },
    ],
    recipients: body.recipients ?? ["Hội đồng Thi đua - Khen thưởng (để xét duyệt)", "Lưu: VT"],
    signer: body.signer,
    fileTitle: `Danh sach de nghi khen thuong ${year} ${body.unitName}`,
  };
  return { doc, awards: page };
}
