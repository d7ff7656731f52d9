import { db } from "@/lib/db";
import { programmeDefaults } from "@/lib/server/programme/programme-defaults";
import type { ActionCase } from "./action-case";

// Isolation cases of the yearly programme actions (issue #3). Fixtures live in programme years 2150
// (proposals, approval, decision) and 2151 (a decided list with plans) of the unit's province; they are
// reused and reset between calls, so "own" calls end OK, VALIDATION (duplicate, decided, cap) or CONFLICT.
// Actions that can succeed only once per year or commune (propose, decide, amend, plan) get a fresh
// year (2200+) per call, so their own calls succeed.
const NIL = "00000000-0000-7000-8000-000000000000";
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
let openSeq = 0;
let numberSeq = 0;
let freshYear = 2200;

async function communeUnder(unitId: string) {
  const u = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, level: true } });
  if (u.level === "COMMUNE") return u.id;
  const c = await db.unit.findFirst({
    where: { lineage: { has: unitId }, level: "COMMUNE", validTo: null },
    select: { id: true },
    orderBy: { code: "asc" },
  });
  return c?.id ?? null;
}

async function programmeOf(unitId: string, year: number) {
  const communeId = await communeUnder(unitId);
  if (!communeId) return null;
  const { provinceId } = await db.unit.findUniqueOrThrow({ where: { id: communeId }, select: { provinceId: true } });
  const data = {
    // The plan is dated in the past and the proposal deadline has passed (test clock 21/11/2026), so a decision
    // dated before today is valid whatever the fixture year (issue #13 case 7: not before the plan, not in the future).
    provinceId: provinceId!,
    year,
    planNumber: `${year}/KH`,
    planDate: day(2026, 1, 10),
    proposalDeadline: day(2026, 1, 31),
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
  };
  const programme = await db.programme.upsert({
    where: { provinceId_year: { provinceId: provinceId!, year } },
    update: {},
    create: data,
    select: { id: true, version: true },
  });
  return { ...programme, communeId, year };
}

/**
 * A programme of a year (2200+) the unit's province has not used yet. The suites that share these cases (tenancy,
 * bad input, must-change-password) run on one database and each restarts the counter, so a year is skipped when
 * another suite already took it.
 */
async function freshProgrammeOf(unitId: string) {
  const communeId = await communeUnder(unitId);
  if (!communeId) return null;
  const { provinceId } = await db.unit.findUniqueOrThrow({ where: { id: communeId }, select: { provinceId: true } });
  while (
    await db.programme.findUnique({
      where: { provinceId_year: { provinceId: provinceId!, year: freshYear } },
      select: { id: true },
    })
  )
    freshYear++;
  return programmeOf(unitId, freshYear++);
}

/** A fresh year with one approved proposal of the unit's commune, ready for a decision. */
async function approvedProposalIn(unitId: string) {
  const p = await freshProgrammeOf(unitId);
  if (!p) return null;
  await db.proposal.create({
    data: {
      programmeId: p.id,
      communeId: p.communeId,
      proposedByUnitId: p.communeId,
      status: "APPROVED",
      hotspotTypes: ["TYPE_1"],
    },
  });
  return p;
}

/** A fresh year whose original decision selected the unit's commune; no plan yet. */
async function decidedSelectionIn(unitId: string) {
  const p = await freshProgrammeOf(unitId);
  if (!p) return null;
  const decision = await db.selectionDecision.create({
    data: {
      programmeId: p.id,
      number: `${p.year}/QĐ`,
      date: day(2026, 2, 17),
      signatoryTitle: "Trưởng Ban",
      signatoryName: "Thử",
    },
    select: { id: true },
  });
  const selection = await db.selection.create({
    data: { programmeId: p.id, communeId: p.communeId, decisionId: decision.id, hotspotTypes: ["TYPE_1"] },
    select: { id: true },
  });
  return { ...p, selectionId: selection.id };
}

/** A proposal of the unit's commune in year 2150, reset to `status`. */
async function proposalIn(unitId: string, status: "DRAFT" | "SUBMITTED") {
  const p = await programmeOf(unitId, 2150);
  if (!p) return { id: NIL, version: 1 };
  const row = await db.proposal.upsert({
    where: { programmeId_communeId: { programmeId: p.id, communeId: p.communeId } },
    update: { status },
    create: {
      programmeId: p.id,
      communeId: p.communeId,
      proposedByUnitId: p.communeId,
      status,
      hotspotTypes: ["TYPE_1"],
    },
    select: { id: true, version: true },
  });
  return row;
}

/** A selection (decided list of 2151) of the unit's commune, with or without its plan and a task. */
async function selectionIn(unitId: string) {
  const p = await programmeOf(unitId, 2151);
  if (!p) return null;
  const decision =
    (await db.selectionDecision.findFirst({ where: { programmeId: p.id }, select: { id: true } })) ??
    (await db.selectionDecision.create({
      data: {
        programmeId: p.id,
        number: "2151/QĐ",
        date: day(2151, 2, 17),
        signatoryTitle: "Trưởng Ban",
        signatoryName: "Thử",
      },
      select: { id: true },
    }));
  return db.selection.upsert({
    where: { programmeId_communeId: { programmeId: p.id, communeId: p.communeId } },
    update: {},
    create: { programmeId: p.id, communeId: p.communeId, decisionId: decision.id, hotspotTypes: ["TYPE_1"] },
    select: { id: true, plan: { select: { id: true } } },
  });
}

async function planIn(unitId: string) {
  const s = await selectionIn(unitId);
  if (!s) return null;
  return (
    s.plan ??
    db.plan.create({ data: { selectionId: s.id, number: "1/KH", date: day(2151, 2, 28) }, select: { id: true } })
  );
}

/** A task of the unit's plan; given an agency (issue #18), one assigned to that agency. */
export async function taskIn(unitId: string, agencyId: string | null = null) {
  const plan = await planIn(unitId);
  if (!plan) return { id: NIL, version: 1 };
  return (
    (await db.planTask.findFirst({ where: { planId: plan.id, agencyId }, select: { id: true, version: true } })) ??
    db.planTask.create({
      data: {
        planId: plan.id,
        area: "Tuyên truyền",
        title: "Hội nghị",
        assignee: "Công an xã",
        agencyId,
        dueDate: day(2151, 5, 31),
      },
      select: { id: true, version: true },
    })
  );
}

const editProposal = { hotspotTypes: ["TYPE_1"], justification: "Khảo sát", figures: { HS_VU: 3 }, otherItems: {} };

export const PROGRAMME_ACTION_CASES: Record<string, ActionCase> = {
  // Opens a year of the actor's own province: nothing of another unit to target.
  "programme#openProgrammeAction": {
    selfOnly: true,
    input: async () => ({ ...programmeDefaults(2170 + openSeq++), planNumber: "1/KH-BCĐ" }),
  },
  "programme#updateProgrammeAction": {
    input: async (_a, unitId) => {
      const p = await programmeOf(unitId, 2150);
      const { year: _y, ...values } = programmeDefaults(2150);
      return { ...values, planNumber: "2/KH-BCĐ", programmeId: p?.id ?? NIL, version: p?.version ?? 1 };
    },
  },
  "programme#createProposalAction": {
    input: async (_a, unitId) => {
      const p = await freshProgrammeOf(unitId);
      return { programmeId: p?.id ?? NIL, communeId: p?.communeId ?? NIL, hotspotTypes: ["TYPE_1"], justification: "" };
    },
  },
  "programme#updateProposalAction": {
    input: async (_a, unitId) => {
      const p = await proposalIn(unitId, "DRAFT");
      return { proposalId: p.id, version: p.version, ...editProposal };
    },
  },
  "programme#submitProposalAction": {
    input: async (_a, unitId) => {
      const p = await proposalIn(unitId, "DRAFT");
      return { proposalId: p.id, version: p.version };
    },
  },
  "programme#withdrawProposalAction": {
    input: async (_a, unitId) => {
      const p = await proposalIn(unitId, "SUBMITTED");
      return { proposalId: p.id, version: p.version };
    },
  },
  "programme#deleteAttachmentAction": {
    input: async (_a, unitId) => {
      const p = await proposalIn(unitId, "DRAFT");
      if (p.id === NIL) return { attachmentId: NIL };
      const owner = await db.proposal.findUniqueOrThrow({ where: { id: p.id }, select: { communeId: true } });
      const a = await db.attachment.create({
        data: {
          ownerType: "Proposal",
          ownerId: p.id,
          unitId: owner.communeId,
          fileName: "khao-sat.pdf",
          mimeType: "application/pdf",
          size: 4,
          data: Buffer.from("%PDF"),
        },
        select: { id: true },
      });
      return { attachmentId: a.id };
    },
  },
  "programme#approveProposalAction": {
    input: async (_a, unitId) => {
      const p = await proposalIn(unitId, "SUBMITTED");
      return { proposalId: p.id, version: p.version };
    },
  },
  "programme#rejectProposalAction": {
    input: async (_a, unitId) => {
      const p = await proposalIn(unitId, "SUBMITTED");
      return { proposalId: p.id, version: p.version, reason: "Chưa đủ tiêu chí" };
    },
  },
  "programme#provinceAddAction": {
    input: async (_a, unitId) => {
      const p = await freshProgrammeOf(unitId);
      return {
        programmeId: p?.id ?? NIL,
        communeId: p?.communeId ?? NIL,
        hotspotTypes: ["TYPE_2"],
        justification: "Phát sinh phức tạp",
      };
    },
  },
  "programme#issueDecisionAction": {
    input: async (_a, unitId) => {
      const p = await approvedProposalIn(unitId);
      return {
        programmeId: p?.id ?? NIL,
        number: `QĐ-${numberSeq++}`,
        date: "2026-02-17",
        signatoryName: "Nguyễn Văn A",
        confirmEarly: true,
      };
    },
  },
  "programme#issueAmendmentAction": {
    input: async (_a, unitId) => {
      const p = await decidedSelectionIn(unitId);
      return {
        programmeId: p?.id ?? NIL,
        number: `ĐC-${numberSeq++}`,
        date: "2026-05-02",
        signatoryName: "Nguyễn Văn A",
        addProposalIds: [],
        removeSelectionIds: p ? [p.selectionId] : [NIL],
        reason: "Điều chỉnh",
      };
    },
  },
  "programme#createPlanAction": {
    input: async (_a, unitId) => {
      const p = await decidedSelectionIn(unitId);
      const y = p?.year ?? 2151;
      return {
        selectionId: p?.selectionId ?? NIL,
        number: "5/KH-BCĐ",
        date: `${y}-02-28`,
        measures: [],
        tasks: [{ area: "Tuyên truyền", title: "Hội nghị", assignee: "Công an xã", dueDate: `${y}-04-30` }],
      };
    },
  },
  "programme#addTaskAction": {
    input: async (_a, unitId) => ({
      planId: (await planIn(unitId))?.id ?? NIL,
      area: "Phong trào",
      title: "Mô hình tự quản",
      assignee: "UBMTTQ xã",
      dueDate: "2151-06-30",
    }),
  },
  // A member agency's account updates its own agency's task in its province; elsewhere a task of no agency.
  "programme#updateTaskAction": {
    input: async (a, unitId) => {
      const t = await taskIn(unitId, unitId === a.unitId ? a.agencyId : null);
      return { taskId: t.id, version: t.version, status: "IN_PROGRESS", evidence: "Báo cáo" };
    },
  },
};
