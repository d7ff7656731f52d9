import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { fromDbDay, vnDay } from "@/lib/domain/vn-date";
import { para, type DocDate, type OfficialDocument } from "@/lib/documents/official-document";
import { formatDate } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import { getDecisionDocument } from "@/lib/server/decisions/get-decision-document";
import { getPlanPage } from "@/lib/server/plans/get-plan-page";
import { issuingBody } from "../issuing-body";

// The province's decision approving (or amending) the list, and a commune's plan (issue #3), as administrative
// documents: the same loaders as their pages and Excel downloads, so another unit's record is "not found".

/** A `date` column (UTC midnight of the calendar day) as the document's day. */
export const docDateOf = (dbDay: Date): DocDate => vnDay(fromDbDay(dbDay));

export type DecisionData = Awaited<ReturnType<typeof getDecisionDocument>>;

/**
 * The head of the decision's list, as its page and Word file print it: STT, commune, the district column only
 * where the province has districts (a 2-level province has none: issue #13 case 10), hotspot types.
 */
export function decisionHead(decisionData: DecisionData): string[] {
  const columns = vi.programme.decision.columns;
  const district = decisionData.levels.districtColumn;
  return [columns[0], columns[1], ...(district ? [district] : []), columns[2]];
}

/** The rows of the decision's list, in the columns of `decisionHead`. */
export const decisionRows = (d: DecisionData) =>
  d.communes.map((c, i) => [
    String(i + 1),
    c.name,
    ...(d.levels.districtColumn ? [c.district] : []),
    c.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", "),
  ]);

/** The decision approving the list (ORIGINAL) or amending it, issued by the province's steering committee. */
export async function loadDecisionDocument(actor: Actor, decisionId: string) {
  const decisionDocument = await getDecisionDocument(actor, decisionId);
  const { provinceId } = await db.programme.findUniqueOrThrow({
    where: { id: decisionDocument.programme.id },
    select: { provinceId: true },
  });
  const body = await issuingBody(provinceId);
  const text = vi.programme.decision;
  const year = decisionDocument.programme.year;
  const committee = body.committee.toUpperCase();
  const doc: OfficialDocument = {
    issuer: body.issuer,
    number: decisionDocument.number,
    place: body.place,
    date: docDateOf(decisionDocument.date),
    title: text.title,
    summary: t(decisionDocument.kind === "ORIGINAL" ? text.about : text.aboutAmend, { year }),
    body: [
      para(committee, { align: "center", bold: true }),
      para(
        t(text.basis, {
          number: decisionDocument.programme.planNumber,
          date: formatDate(decisionDocument.programme.planDate),
          year,
        }),
        { italic: true },
      ),
      para(text.proposedBy, { italic: true }),
      para(text.decides, { align: "center", bold: true }),
      {
        type: "paragraph",
        runs: [
          { text: "Điều 1. ", bold: true },
          {
            text:
              decisionDocument.kind === "ORIGINAL"
                ? t(text.article1, { count: decisionDocument.communes.length, year })
                : t(text.article1Amend, { year, note: decisionDocument.note ?? "" }),
          },
        ],
      },
      ...(decisionDocument.communes.length
        ? [
            {
              type: "table" as const,
              caption: text.title,
              head: decisionHead(decisionDocument),
              rows: decisionRows(decisionDocument),
              numeric: [0],
            },
          ]
        : []),
      {
        type: "paragraph",
        runs: [
          { text: "Điều 2. ", bold: true },
          { text: t(text.article2, { committees: decisionDocument.levels.localCommittees }) },
        ],
      },
      { type: "paragraph", runs: [{ text: "Điều 3. ", bold: true }, { text: text.article3 }] },
    ],
    recipients: body.recipients ?? [...text.recipients],
    // The decision stores its own signatory (chosen when it was issued).
    signer: { authority: text.onBehalf, title: decisionDocument.signatoryTitle, name: decisionDocument.signatoryName },
    fileTitle: `Quyet dinh ${decisionDocument.number} ${year}`,
  };
  return { doc, decision: decisionDocument };
}

/** A commune's plan of the year (phases, measures by area, tasks), issued by the commune's steering committee; no plan yet → not found. */
export async function loadPlanDocument(actor: Actor, selectionId: string) {
  const page = await getPlanPage(actor, selectionId);
  const { selection, programme, phases, tasks, measures } = page;
  const plan = selection.plan;
  if (!plan) throw notFound();
  const body = await issuingBody(selection.commune.id);
  const text = vi.programme.plans;
  const doc: OfficialDocument = {
    issuer: body.issuer,
    number: plan.number,
    place: body.place,
    date: docDateOf(plan.date),
    title: "KẾ HOẠCH",
    summary: `Chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội ${selection.commune.name} năm ${programme.year}`,
    body: [
      para(
        `Thực hiện ${t(vi.programme.decision.numberDate, { number: selection.decision.number, date: formatDate(selection.decision.date) })} phê duyệt danh sách ` +
          `địa bàn đưa vào chuyển hóa năm ${programme.year} (loại địa bàn: ${selection.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}), ` +
          `${body.committee} xây dựng Kế hoạch chuyển hóa địa bàn như sau:`,
      ),
      { type: "heading", text: "I. CÁC GIAI ĐOẠN" },
      {
        type: "table",
        caption: text.phases,
        numeric: [0],
        head: ["STT", vi.programme.phase, vi.programme.from, vi.programme.due],
        rows: phases.map((x, i) => [String(i + 1), x.label, formatDate(x.startDate), formatDate(x.dueDate)]),
      },
      { type: "heading", text: "II. BIỆN PHÁP THEO LĨNH VỰC" },
      measures.length
        ? { type: "bullets", items: measures.map((m) => `${m.area}: ${m.content}`) }
        : para(vi.common.none),
      { type: "heading", text: "III. NHIỆM VỤ CỤ THỂ" },
      {
        type: "table",
        caption: text.tasks,
        testId: "plan-tasks",
        numeric: [0],
        head: ["STT", text.area, text.task, text.assignee, text.dueDate, vi.programme.status],
        rows: tasks.map((x, i) => [
          String(i + 1),
          x.area,
          x.title,
          x.assignee,
          formatDate(x.dueDate),
          text.taskStatus[x.status],
        ]),
      },
      { type: "heading", text: "IV. TỔ CHỨC THỰC HIỆN" },
      para(
        "Các thành viên Ban Chỉ đạo, các đơn vị được giao nhiệm vụ tổ chức thực hiện Kế hoạch; định kỳ hằng tháng báo cáo kết quả về Cơ quan Thường trực Ban Chỉ đạo cấp trên.",
      ),
    ],
    recipients: ["Ban Chỉ đạo 138 cấp trên (để báo cáo)", "Các thành viên Ban Chỉ đạo", "Lưu: VT"],
    signer: body.signer,
    fileTitle: `Ke hoach ${plan.number} ${selection.commune.name} ${programme.year}`,
  };
  return { doc, plan: page };
}
