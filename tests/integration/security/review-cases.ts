import { db } from "@/lib/db";
import { REQUIRED_NOMINATION_FILES } from "@/lib/domain/awards";
import { communeUnder, provinceOf } from "../../support/fixtures";
import type { ActionCase } from "./action-case";

// Isolation cases of the review, verdict, relapse and award actions (issue #5). Each fixture gets its own
// programme year (3000+) so that verdict states never mix; "own" calls end OK, VALIDATION or CONFLICT.
let seq = 0;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const NIL = "00000000-0000-7000-8000-000000000000";
const narrative = { results: "Kết quả.", shortcomings: "Hạn chế.", nextMeasures: "Giải pháp." };

/** A fresh programme year and a selection of a commune of `unitId`; null when the unit has no commune (nation). */
async function selectionIn(unitId: string) {
  const communeId = await communeUnder(unitId);
  if (!communeId) return null;
  const { provinceId } = await db.unit.findUniqueOrThrow({ where: { id: communeId }, select: { provinceId: true } });
  // Skip years another suite sharing these cases already used on this database (each file restarts `seq`).
  while (
    await db.programme.findUnique({
      where: { provinceId_year: { provinceId: provinceId!, year: 3000 + seq } },
      select: { id: true },
    })
  )
    seq++;
  const year = 3000 + seq++;
  const programme = await db.programme.create({
    data: {
      provinceId: provinceId!,
      year,
      planNumber: `${year}/KH`,
      planDate: day(year, 1, 10),
      proposalDeadline: day(year, 1, 31),
      approvalDate: day(year, 2, 17),
      planDeadline: day(year, 2, 28),
      focusStart: day(year, 3, 1),
      focusEnd: day(year, 8, 31),
      peakStart: day(year, 3, 1),
      peakEnd: day(year, 5, 31),
      interimReviewDate: day(year, 9, 15),
      yearEndReviewDeadline: day(year, 11, 15),
      reportDeadline: day(year, 11, 19),
      verdictDeadline: day(year, 12, 14),
    },
  });
  const decision = await db.selectionDecision.create({
    data: {
      programmeId: programme.id,
      number: `${year}/QĐ`,
      date: day(year, 2, 17),
      signatoryTitle: "Trưởng Ban",
      signatoryName: "Thử",
    },
  });
  return db.selection.create({
    data: { programmeId: programme.id, communeId, decisionId: decision.id, hotspotTypes: ["TYPE_1"] },
    select: { id: true, communeId: true, programme: { select: { year: true } } },
  });
}

async function verdictIn(unitId: string, stage: "SECRETARIAT_PROPOSED" | "ISSUED") {
  const s = await selectionIn(unitId);
  if (!s) return { id: NIL, version: 1, year: 3000 };
  const v = await db.communeVerdict.create({
    data: {
      selectionId: s.id,
      communeId: s.communeId,
      year: s.programme.year,
      stage,
      districtProposal: "PASSED",
      secretariatProposal: "PASSED",
      recommendation: "NOT_PASSED",
      ...(stage === "ISSUED"
        ? {
            verdict: "PASSED" as const,
            decisionNumber: "1/QĐ",
            decisionDate: day(s.programme.year, 12, 10),
            issuedAt: new Date(),
          }
        : {}),
    },
    select: { id: true, version: true },
  });
  return { ...v, year: s.programme.year };
}

/** The emulation round of the unit's province for a fixture year (3999, or a fresh one). */
async function roundFor(unitId: string, year = 3999) {
  const provinceId = await provinceOf(unitId);
  if (!provinceId) return NIL;
  return (
    await db.emulationRound.upsert({
      where: { provinceId_year: { provinceId, year } },
      create: { provinceId, year },
      update: {},
      select: { id: true },
    })
  ).id;
}

/** A selection whose year-end review meeting is recorded with its minutes attached: ready for the district's proposal. */
async function reviewedSelectionIn(unitId: string) {
  const s = await selectionIn(unitId);
  if (!s) return null;
  const review = await db.communeReview.create({
    data: {
      selectionId: s.id,
      kind: "YEAR_END",
      meetingDate: day(s.programme.year, 11, 12),
      newComplexity: false,
      ...narrative,
    },
    select: { id: true },
  });
  const minutes = Buffer.from("%PDF-1.4 biên bản họp tổng kết");
  await db.attachment.create({
    data: {
      ownerType: "CommuneReview",
      ownerId: review.id,
      unitId: s.communeId,
      fileName: "bien-ban-hop.pdf",
      mimeType: "application/pdf",
      size: minutes.length,
      data: minutes,
    },
  });
  return s;
}

export const REVIEW_ACTION_CASES: Record<string, ActionCase> = {
  "reviews#saveInterimReviewAction": {
    input: async (_a, unitId) => ({
      selectionId: (await selectionIn(unitId))?.id ?? NIL,
      ...narrative,
      version: 0,
      submit: false,
    }),
  },
  "reviews#decideReviewAction": {
    input: async (_a, unitId) => {
      const s = await selectionIn(unitId);
      if (!s) return { reviewId: NIL, decision: "ACCEPT", version: 1 };
      const r = await db.communeReview.create({
        data: { selectionId: s.id, kind: "INTERIM", status: "SUBMITTED", ...narrative, submittedAt: new Date() },
        select: { id: true },
      });
      return { reviewId: r.id, decision: "RETURN", reason: "Bổ sung số liệu.", version: 1 };
    },
  },
  "verdicts#saveYearEndReviewAction": {
    input: async (_a, unitId) => ({
      selectionId: (await selectionIn(unitId))?.id ?? NIL,
      meetingDate: "3000-11-12",
      newComplexity: false,
      ...narrative,
      version: 0,
    }),
  },
  "verdicts#saveCriterionAnswersAction": {
    input: async (_a, unitId) => ({ selectionId: (await selectionIn(unitId))?.id ?? NIL, answers: [] }),
  },
  "verdicts#proposeVerdictAction": {
    input: async (_a, unitId) => ({
      selectionId: (await reviewedSelectionIn(unitId))?.id ?? NIL,
      level: "DISTRICT",
      proposal: "PASSED",
      version: 0,
    }),
  },
  "verdicts#issueVerdictAction": {
    input: async (_a, unitId) => {
      const v = await verdictIn(unitId, "SECRETARIAT_PROPOSED");
      return {
        verdictId: v.id,
        verdict: "NOT_PASSED",
        decisionNumber: "2/QĐ",
        decisionDate: `${v.year}-12-12`,
        version: v.version,
      };
    },
  },
  "verdicts#amendVerdictAction": {
    input: async (_a, unitId) => {
      const v = await verdictIn(unitId, "ISSUED");
      return {
        verdictId: v.id,
        verdict: "NOT_PASSED",
        decisionNumber: "3/QĐ",
        decisionDate: `${v.year}-12-20`,
        justification: "Sửa đổi theo kết luận kiểm tra.",
      };
    },
  },
  "verdicts#recordRelapseAction": {
    input: async (_a, unitId) => {
      const v = await verdictIn(unitId, "ISSUED");
      return { verdictId: v.id, date: `${v.year + 1}-02-01`, reason: "Tái phức tạp về ma túy." };
    },
  },
  "verdicts#saveCrimeConfigAction": {
    input: async (_a, unitId) => {
      const s = await selectionIn(unitId);
      if (!s) return { programmeId: NIL, codes: ["HS_VU"], minPercent: 0, version: 1 };
      const p = await db.programme.findFirstOrThrow({
        where: { selections: { some: { id: s.id } } },
        select: { id: true, version: true },
      });
      return { programmeId: p.id, codes: ["HS_VU", "MT_VU"], minPercent: 5, version: p.version };
    },
  },
  "verdicts#addCriterionAction": {
    input: async (_a, unitId) => ({ provinceId: unitId, name: "Tiêu chí thử nghiệm", hotspotType: null }),
  },
  "verdicts#setCriterionActiveAction": {
    input: async (_a, unitId) => {
      const u = await db.unit.findUniqueOrThrow({
        where: { id: unitId },
        select: { id: true, level: true, provinceId: true },
      });
      const provinceId = u.provinceId ?? (u.level === "PROVINCE" ? u.id : null);
      if (!provinceId || u.level !== "PROVINCE") return { criterionId: NIL, isActive: false };
      const c = await db.verdictCriterion.create({
        data: { provinceId, code: `FX_${seq++}_${Date.now().toString(36)}`, name: "Tiêu chí thử" },
        select: { id: true },
      });
      return { criterionId: c.id, isActive: false };
    },
  },
  "awards#saveRoundAction": {
    input: async (_a, unitId) => ({
      provinceId: unitId,
      year: 2098,
      collectiveQuota: 3,
      individualQuota: 6,
      leaderMaxPercent: 40,
      priorityNotes: "",
    }),
  },
  "awards#addNominationAction": {
    input: async (_a, unitId) => ({
      roundId: await roundFor(unitId),
      unitId,
      kind: "COLLECTIVE",
      name: "Công an xã thử",
      achievements: "",
    }),
  },
  "awards#removeNominationAction": {
    input: async (_a, unitId) => {
      const roundId = await roundFor(unitId);
      if (roundId === NIL) return { nominationId: NIL };
      const n = await db.nomination.create({
        data: { roundId, nominatingUnitId: unitId, kind: "COLLECTIVE", name: "Tập thể thử", files: [] },
        select: { id: true },
      });
      return { nominationId: n.id };
    },
  },
  // A submitted, complete nomination of the unit in a fresh round of its province: the province approves it.
  "awards#decideNominationAction": {
    input: async (_a, unitId) => {
      const roundId = await roundFor(unitId, 4000 + seq++);
      if (roundId === NIL) return { nominationId: NIL, decision: "APPROVE" };
      const n = await db.nomination.create({
        data: {
          roundId,
          nominatingUnitId: unitId,
          kind: "COLLECTIVE",
          name: "Công an xã thử",
          achievements: "Hoàn thành xuất sắc nhiệm vụ.",
          files: [...REQUIRED_NOMINATION_FILES],
          status: "SUBMITTED",
        },
        select: { id: true },
      });
      return { nominationId: n.id, decision: "APPROVE" };
    },
  },
  // A fresh round holding one complete draft nomination of the unit: within the quotas, no file missing.
  "awards#submitNominationsAction": {
    input: async (_a, unitId) => {
      const roundId = await roundFor(unitId, 4000 + seq++);
      if (roundId !== NIL) {
        await db.nomination.create({
          data: {
            roundId,
            nominatingUnitId: unitId,
            kind: "COLLECTIVE",
            name: "Công an xã thử",
            achievements: "Hoàn thành xuất sắc nhiệm vụ.",
            files: [...REQUIRED_NOMINATION_FILES],
          },
        });
      }
      return { roundId, unitId };
    },
  },
};
