import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import type { HotspotType } from "@/lib/generated/prisma/enums";
import { defaultProgrammeDates, type ProgrammeDates } from "@/lib/domain/programme-calendar";
import { addVnDays, toDbDay, vnDate } from "@/lib/domain/vn-date";
import { DEFAULT_CATALOGUE } from "./indicator-catalogue";
import { communeProfile } from "./commune-levels";
import { demoProvinceThreeLevel, type DemoUnit } from "./demo-units";
import { appNow } from "../../lib/clock";

/**
 * Demo programme years (issue #3): for both demo provinces, the current year and the year before are
 * decided (proposals, decision, selections, plans with tasks); next year is left for the province to open.
 * Communes on both lists are the previous year's "chưa đạt" carry-overs (source CARRY_OVER): a verdict
 * seed may record them as NOT_PASSED. Communes recognised as new-rural are moved to the current year so
 * that proposing them for next year shows the NTM warning.
 */
const TYPES: HotspotType[][] = [
  ["TYPE_1"],
  ["TYPE_1", "TYPE_4"],
  ["TYPE_4"],
  ["TYPE_2"],
  ["TYPE_1", "TYPE_3"],
  ["TYPE_1", "TYPE_3", "TYPE_4"],
];
const COUNT_CODES = DEFAULT_CATALOGUE.filter((e) => e.isSelectionCriterion && e.kind === "COUNT").map((e) => e.code);
const STOCK_CODES = new Set(DEFAULT_CATALOGUE.filter((e) => e.aggregation === "LAST").map((e) => e.code));
const OTHER_CODES = DEFAULT_CATALOGUE.filter((e) => e.isSelectionCriterion && e.kind === "BOOLEAN").map((e) => e.code);
const db_ = (d: Date) => toDbDay(d);

function newRuralCodes(u: DemoUnit, out: string[] = []): string[] {
  if (u.newRuralLastYear) out.push(u.code);
  for (const c of u.children ?? []) newRuralCodes(c, out);
  return out;
}

/**
 * The survey figures of a commune's proposal: the twelve months before selection (flows summed, stocks at their
 * level), on the scale of its monthly figures (commune-levels.ts) and somewhat above them, since the communes
 * proposed were at their worst then.
 */
function figuresFor(code: string) {
  let x = Number(code) || 7;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) % 9;
  const { base } = communeProfile(code);
  // Flows add up over the twelve months; stocks (aggregation LAST) are the level at the survey.
  const figures = Object.fromEntries(
    COUNT_CODES.map((c) => [c, base.has(c) ? Math.round(base.get(c)! * (STOCK_CODES.has(c) ? 1 : 12) * 1.15) : next()]),
  );
  const otherItems = Object.fromEntries(
    OTHER_CODES.filter(() => next() > 5).map((c) => [
      c,
      { present: true, note: "Theo báo cáo khảo sát của Công an xã" },
    ]),
  );
  return { figures, otherItems };
}

function datesFor(year: number, twoLevelReformYear: boolean): ProgrammeDates {
  const d = defaultProgrammeDates(year);
  if (!twoLevelReformYear) return d;
  // The merged communes exist from 01/07/2025: that year's list was approved after the reform (domain.md §8).
  return {
    ...d,
    listApprovalDate: vnDate(year, 7, 15),
    planDeadline: vnDate(year, 7, 25),
    focusStart: vnDate(year, 8, 1),
    focusEnd: vnDate(year, 10, 31),
    peakStart: vnDate(year, 8, 1),
    peakEnd: vnDate(year, 9, 30),
    interimReviewDate: vnDate(year, 11, 10),
  };
}

type Commune = { id: string; code: string; name: string; parentId: string | null };

export async function seedDemoProgrammes(db: Db, now = appNow()) {
  const year = now.getUTCFullYear();
  await db.unit.updateMany({
    where: { code: { in: newRuralCodes(demoProvinceThreeLevel) } },
    data: { newRuralYear: year },
  });
  const provinces = await db.unit.findMany({
    where: { level: "PROVINCE", code: { in: ["91", "92"] } },
    select: { id: true, code: true },
  });
  const programmes: object[] = [],
    proposals: object[] = [],
    decisions: object[] = [],
    selections: object[] = [],
    plans: object[] = [],
    tasks: object[] = [];

  for (const province of provinces) {
    const units = await db.unit.findMany({
      where: { provinceId: province.id, level: { in: ["DISTRICT", "COMMUNE"] } },
      select: { id: true, code: true, name: true, level: true, parentId: true, validTo: true, newRuralYear: true },
      orderBy: { code: "asc" },
    });
    const communes = units.filter((u) => u.level === "COMMUNE" && !u.validTo && u.newRuralYear === null);
    const districts = units.filter((u) => u.level === "DISTRICT");
    const pick = (parentId: string, i: number) => communes.filter((c) => c.parentId === parentId)[i];
    let lists: Commune[][];
    if (districts.length) {
      const byCode = (code: string) => districts.find((d) => d.code === code)!.id;
      const extra = ["903", "905", "907"].map((c) => pick(byCode(c), 1));
      lists = [
        [...districts.map((d) => pick(d.id, 2)), ...extra],
        [...districts.map((d) => pick(d.id, 0)), ...extra],
      ];
    } else {
      const at = (...idx: number[]) => idx.map((i) => communes[i]);
      lists = [at(1, 4, 7, 12), at(0, 3, 6, 9, 12)];
    }
    for (const [k, y] of [year - 1, year].entries()) {
      const list = lists[k].filter(Boolean);
      const previous = new Set(k === 1 ? lists[0].map((c) => c.id) : []);
      const d = datesFor(y, !districts.length && y === 2025);
      const programmeId = randomUUID();
      programmes.push({
        id: programmeId,
        provinceId: province.id,
        year: y,
        planNumber: `${province.code === "91" ? 12 : 7}/KH-BCĐ`,
        planDate: db_(addVnDays(d.proposalStart, -10)),
        proposalDeadline: db_(d.proposalDeadline),
        approvalDate: db_(d.listApprovalDate),
        planDeadline: db_(d.planDeadline),
        focusStart: db_(d.focusStart),
        focusEnd: db_(d.focusEnd),
        peakStart: db_(d.peakStart),
        peakEnd: db_(d.peakEnd),
        interimReviewDate: db_(d.interimReviewDate),
        yearEndReviewDeadline: db_(d.districtReviewDeadline),
        reportDeadline: db_(d.provinceReportDeadline),
        verdictDeadline: db_(d.verdictDeadline),
      });
      const decisionId = randomUUID();
      decisions.push({
        id: decisionId,
        programmeId,
        kind: "ORIGINAL",
        number: `${province.code === "91" ? "09" : "05"}/QĐ-BCĐ`,
        date: db_(d.listApprovalDate),
        signatoryTitle: "Trưởng Ban Chỉ đạo",
        signatoryName: province.code === "91" ? "Nguyễn Văn Thành" : "Trần Minh Hải",
        issuedById: null,
      });
      const decided = addVnDays(d.listApprovalDate, -3);
      list.forEach((c, i) => {
        const proposalId = randomUUID(),
          selectionId = randomUUID(),
          planId = randomUUID();
        const types = TYPES[(i + y) % TYPES.length];
        const carry = previous.has(c.id);
        proposals.push({
          id: proposalId,
          programmeId,
          communeId: c.id,
          proposedByUnitId: carry ? province.id : (c.parentId ?? c.id),
          source: carry ? "CARRY_OVER" : "DISTRICT",
          status: "APPROVED",
          hotspotTypes: types,
          ...figuresFor(c.code),
          justification: carry
            ? `Chuyển hóa chưa đạt năm ${y - 1}, tiếp tục đưa vào chuyển hóa năm ${y}.`
            : `Qua khảo sát, ${c.name} có tình hình tội phạm, tệ nạn xã hội diễn biến phức tạp.`,
          decisionReason: carry ? `Chuyển hóa chưa đạt năm ${y - 1}, tiếp tục đưa vào chuyển hóa năm ${y}.` : null,
          submittedAt: carry ? null : addVnDays(d.proposalDeadline, -5),
          decidedAt: decided,
        });
        selections.push({ id: selectionId, programmeId, communeId: c.id, proposalId, decisionId, hotspotTypes: types });
        plans.push({
          id: planId,
          selectionId,
          number: `${20 + i}/KH-BCĐ`,
          date: db_(d.planDeadline),
          measures: [
            {
              area: "Tuyên truyền",
              content:
                "Tuyên truyền, vận động nhân dân tố giác tội phạm, tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.",
            },
            {
              area: "Tấn công trấn áp",
              content: "Mở đợt cao điểm tấn công, trấn áp tội phạm, triệt xóa tụ điểm phức tạp.",
            },
            { area: "Quản lý đối tượng", content: "Rà soát, lập hồ sơ quản lý, giáo dục đối tượng tại cộng đồng." },
          ],
        });
        const current = y === year;
        const task = (area: string, title: string, assignee: string, due: Date, status: string) =>
          tasks.push({ id: randomUUID(), planId, area, title, assignee, dueDate: db_(due), status });
        task(
          "Tuyên truyền",
          "Tổ chức hội nghị tuyên truyền tại các ấp, khu phố",
          "Công an xã",
          addVnDays(d.focusStart, 30),
          "DONE",
        );
        task(
          "Quản lý đối tượng",
          "Tổng rà soát, lập danh sách đối tượng cần quản lý",
          "Công an cấp huyện",
          addVnDays(d.focusStart, 45),
          current && i % 3 === 0 ? "IN_PROGRESS" : "DONE",
        );
        task(
          "Tấn công trấn áp",
          "Cao điểm tấn công, trấn áp tội phạm và tệ nạn xã hội",
          "Công an xã",
          d.peakEnd,
          current && i % 2 === 1 ? "IN_PROGRESS" : "DONE",
        );
        task(
          "Phong trào",
          "Xây dựng mô hình tự quản về phòng, chống tội phạm",
          "UBMTTQ Việt Nam xã",
          addVnDays(d.districtReviewDeadline, 20),
          current ? "NOT_STARTED" : "DONE",
        );
      });
      // A proposal the province did not approve, for the record.
      const rejected = communes.find(
        (c) => !list.some((l) => l.id === c.id) && !(k === 0 && lists[1].some((l) => l?.id === c.id)),
      );
      if (rejected)
        proposals.push({
          id: randomUUID(),
          programmeId,
          communeId: rejected.id,
          proposedByUnitId: rejected.parentId ?? rejected.id,
          source: "DISTRICT",
          status: "REJECTED",
          hotspotTypes: ["TYPE_1"],
          ...figuresFor(rejected.code),
          justification: "Đề xuất của cấp huyện.",
          decisionReason: "Tình hình chưa đến mức phải đưa vào chuyển hóa; tiếp tục theo dõi.",
          submittedAt: addVnDays(d.proposalDeadline, -2),
          decidedAt: decided,
        });
    }
  }
  await db.$transaction(async (tx) => {
    await tx.programme.createMany({ data: programmes as never });
    await tx.proposal.createMany({ data: proposals as never });
    await tx.selectionDecision.createMany({ data: decisions as never });
    await tx.selection.createMany({ data: selections as never });
    await tx.plan.createMany({ data: plans as never });
    await tx.planTask.createMany({ data: tasks as never });
  });
  return { programmes: programmes.length, selections: selections.length, tasks: tasks.length };
}
