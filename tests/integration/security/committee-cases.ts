import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import type { ActionCase } from "./action-case";
import { taskIn } from "./programme-cases";

// Isolation cases of the committee's actions (issue #18). An agency of the unit's province (created once per
// province and reused), so another province's agency answers "not found" to a secretariat.
let seq = 0;
const unique = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`;

/** The unit's province; for the national root, the first province (the ministry's reports come from provinces). */
async function provinceOf(unitId: string) {
  const { provinceId } = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { provinceId: true } });
  return (
    provinceId ??
    (
      await db.unit.findFirst({
        where: { level: "PROVINCE", lineage: { has: unitId } },
        select: { id: true },
        orderBy: { code: "asc" },
      })
    )?.id ??
    null
  );
}

async function agencyOfProvinceOf(unitId: string) {
  const provinceId = await provinceOf(unitId);
  if (!provinceId) return { id: "00000000-0000-7000-8000-000000000000", version: 1 };
  const name = "Sở Văn hóa, Thể thao và Du lịch (thử)";
  return db.agency.upsert({
    where: { provinceId_name: { provinceId, name } },
    update: { isActive: true },
    create: { provinceId, name, shortName: "SVHTTDL", kind: "DEPARTMENT" },
    select: { id: true, version: true },
  });
}

let planYear = 2100;

/** The province plan of year 2299 of the unit's province (created once). */
async function provincePlanOf(unitId: string) {
  const provinceId = await provinceOf(unitId);
  if (!provinceId) return { id: "00000000-0000-7000-8000-000000000000" };
  return db.provincePlan.upsert({
    where: { provinceId_year: { provinceId, year: 2299 } },
    update: {},
    create: { provinceId, year: 2299, number: "1/KH-BCĐ", date: new Date(Date.UTC(2299, 0, 15)) },
    select: { id: true },
  });
}

const d = (m: number, dd: number) => new Date(Date.UTC(2160, m - 1, dd));

/** The programme of year 2160 of the unit's province (yearly reports' fixture year). */
async function programme2160(unitId: string) {
  const provinceId = await provinceOf(unitId);
  if (!provinceId) return null;
  return db.programme.upsert({
    where: { provinceId_year: { provinceId, year: 2160 } },
    update: {},
    create: {
      provinceId,
      year: 2160,
      planNumber: "1/KH",
      planDate: d(1, 10),
      proposalDeadline: d(1, 31),
      approvalDate: d(2, 17),
      planDeadline: d(2, 28),
      focusStart: d(3, 1),
      focusEnd: d(8, 31),
      peakStart: d(3, 1),
      peakEnd: d(5, 31),
      interimReviewDate: d(9, 15),
      yearEndReviewDeadline: d(11, 15),
      reportDeadline: d(11, 19),
      verdictDeadline: d(12, 14),
    },
    select: { id: true },
  });
}

/** A submitted yearly report of an agency of the unit's province (year 2160), reset to SUBMITTED. */
async function submittedReportIn(unitId: string) {
  const programme = await programme2160(unitId);
  if (!programme) return { id: "00000000-0000-7000-8000-000000000000", version: 1 };
  const agencyId = (await agencyOfProvinceOf(unitId)).id;
  const data = {
    status: "SUBMITTED" as const,
    narrative: "Báo cáo",
    submittedAt: d(11, 10),
    decidedLevel: null,
    returnReason: null,
  };
  return db.yearlyReport.upsert({
    where: { programmeId_agencyId: { programmeId: programme.id, agencyId } },
    update: data,
    create: { ...data, programmeId: programme.id, agencyId },
    select: { id: true, version: true },
  });
}

/** A decided commune of the unit's area (a seeded programme year) with its funding rows' current versions. */
async function fundingInputFor(unitId: string) {
  const sel = await db.selection.findFirst({
    where: { commune: { lineage: { has: unitId } } },
    select: { id: true, programmeId: true, communeId: true },
    orderBy: { createdAt: "asc" },
  });
  if (!sel)
    return {
      selectionId: "00000000-0000-7000-8000-000000000000",
      rows: [{ source: "PROVINCE_BUDGET", planned: "1.000", spent: "0", version: 0 }],
    };
  const rows = await db.funding.findMany({
    where: { programmeId: sel.programmeId, communeId: sel.communeId },
    select: { source: true, version: true },
  });
  const version = (source: string) => rows.find((r) => r.source === source)?.version ?? 0;
  return {
    selectionId: sel.id,
    rows: [
      { source: "PROVINCE_BUDGET", planned: "50.000.000", spent: "12.500.000", version: version("PROVINCE_BUDGET") },
      { source: "LOCAL_BUDGET", planned: "20.000.000", spent: "0", version: version("LOCAL_BUDGET") },
    ],
  };
}

/** A submitted year-end report (2160) of the unit's province to the ministry, reset to SUBMITTED. */
async function provinceReportIn(unitId: string) {
  const programme = await programme2160(unitId);
  if (!programme) return { id: "00000000-0000-7000-8000-000000000000", version: 1 };
  const data = {
    status: "SUBMITTED" as const,
    results: "Kết quả",
    difficulties: "Khó khăn",
    proposals: "Kiến nghị",
    kpis: {},
    funding: {},
    submittedAt: d(12, 10),
    returnReason: null,
  };
  return db.provinceReport.upsert({
    where: { programmeId: programme.id },
    update: data,
    create: { ...data, programmeId: programme.id },
    select: { id: true, version: true },
  });
}

/**
 * An evidence file the actor uploaded on a task of the unit's plan (its agency's task for an agency account on its
 * own unit), the task put back to "in progress" so the file may be deleted.
 */
async function evidenceFileIn(actor: Actor, unitId: string) {
  const task = await taskIn(unitId, unitId === actor.unitId ? actor.agencyId : null);
  const plan = await db.planTask.findUnique({
    where: { id: task.id },
    select: { plan: { select: { selection: { select: { communeId: true } } } } },
  });
  if (!plan?.plan) return { attachmentId: "00000000-0000-7000-8000-000000000000" };
  await db.planTask.update({ where: { id: task.id }, data: { status: "IN_PROGRESS" } });
  const file = await db.attachment.create({
    data: {
      ownerType: "PlanTask",
      ownerId: task.id,
      unitId: plan.plan.selection.communeId,
      fileName: "bien-ban.pdf",
      mimeType: "application/pdf",
      size: 8,
      data: Buffer.from("%PDF-1.7"),
      createdById: actor.userId,
    },
    select: { id: true },
  });
  return { attachmentId: file.id };
}

/** The ministry's deadline of year 2160 at its current version (0 when not set yet). */
async function ministryDeadlineInput() {
  const row = await db.ministryReportDeadline.findUnique({ where: { year: 2160 }, select: { version: true } });
  return { year: 2160, deadline: "20/12/2160", version: row?.version ?? 0 };
}

export const COMMITTEE_ACTION_CASES: Record<string, ActionCase> = {
  // Adds an agency to the actor's own province: nothing of another unit to target.
  "committee#createAgencyAction": {
    selfOnly: true,
    input: async () => ({ name: unique("Sở Xây dựng "), shortName: "SXD", kind: "DEPARTMENT" }),
  },
  "committee#updateAgencyAction": {
    input: async (_a, unitId) => {
      const a = await agencyOfProvinceOf(unitId);
      return {
        agencyId: a.id,
        version: a.version,
        name: "Sở Văn hóa, Thể thao và Du lịch (thử)",
        shortName: "SVHTTDL",
        kind: "DEPARTMENT",
        isActive: true,
      };
    },
  },
  // The actor's own province's plan of a fresh year: nothing of another unit to target.
  "committee#createProvincePlanAction": {
    selfOnly: true,
    input: async () => ({ year: planYear++, number: "5/KH-BCĐ", date: "2026-01-15", copyLastYear: false }),
  },
  "committee#addProvincePlanTaskAction": {
    input: async (_a, unitId) => ({
      provincePlanId: (await provincePlanOf(unitId)).id,
      area: "Tuyên truyền",
      title: "Hội nghị tỉnh",
      assignee: "Báo tỉnh",
      dueDate: "2299-06-30",
    }),
  },
  // The actor's own report (its agency's or committee's) of year 2160: nothing of another unit to target.
  // Reports another suite sharing these cases sent are put back to "returned", so the own call may send again.
  "committee#submitYearlyReportAction": {
    selfOnly: true,
    input: async (a) => {
      const programme = await programme2160(a.unitId);
      const reporter = a.role === "AGENCY_MEMBER" ? { agencyId: a.agencyId } : { unitId: a.unitId };
      if (programme)
        await db.yearlyReport.updateMany({
          where: { programmeId: programme.id, ...reporter },
          data: { status: "RETURNED" },
        });
      return { year: 2160, narrative: "Kết quả thực hiện năm: hoàn thành các nhiệm vụ được giao." };
    },
  },
  "committee#decideYearlyReportAction": {
    input: async (_a, unitId) => {
      const r = await submittedReportIn(unitId);
      return { reportId: r.id, version: r.version, decision: "RETURN", reason: "Bổ sung số liệu" };
    },
  },
  // The actor's own province's report of 2160: nothing of another unit to target.
  "committee#submitProvinceReportAction": {
    selfOnly: true,
    input: async (a) => {
      const programme = await programme2160(a.unitId);
      if (programme)
        await db.provinceReport.updateMany({ where: { programmeId: programme.id }, data: { status: "RETURNED" } });
      return {
        year: 2160,
        results: "Hoàn thành kế hoạch",
        difficulties: "Thiếu kinh phí",
        proposals: "Bổ sung biên chế",
      };
    },
  },
  "committee#decideProvinceReportAction": {
    input: async (_a, unitId) => {
      const r = await provinceReportIn(unitId);
      return { reportId: r.id, version: r.version, decision: "RECEIVE" };
    },
  },
  "committee#deleteTaskAttachmentAction": { input: async (a, unitId) => evidenceFileIn(a, unitId) },
  // A national setting of the administrator at the root: nothing of another unit to target.
  "committee#setMinistryDeadlineAction": { selfOnly: true, input: async () => ministryDeadlineInput() },
  "committee#saveFundingAction": { input: async (_a, unitId) => fundingInputFor(unitId) },
  "committee#createAgencyAccountAction": {
    input: async (_a, unitId) => ({
      agencyId: (await agencyOfProvinceOf(unitId)).id,
      username: unique("cq."),
      fullName: "Nguyễn Văn An",
      password: "MatKhau2026x",
    }),
  },
};
