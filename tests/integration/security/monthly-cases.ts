import { db } from "@/lib/db";
import { exportMonthlyWorkbook } from "@/lib/server/monthly/export-monthly-workbook";
import { actorOf } from "../../support/actors";
import type { ActionCase } from "./action-case";

// Isolation cases of the monthly-figures actions (issue #4). Fixture reports use years 2000+ so the
// demo months other suites read are never touched; "own" calls end OK or VALIDATION.
let seq = 0;
// 2000–2022, then 2030+: never the demo years (2025–2026) nor the unlocked months used for saving (2023, 2024 in the API suite).
const nextMonth = () => {
  const n = seq++;
  const y = 2000 + Math.floor(n / 12);
  return { year: y > 2022 ? y + 7 : y, month: (n % 12) + 1 };
};
/**
 * The next fixture month not yet `taken`: the suites sharing these cases run on one database and each restarts
 * `seq`, so months another suite already used are skipped.
 */
async function freeMonth(taken: (m: { year: number; month: number }) => Promise<unknown>) {
  let m = nextMonth();
  while (await taken(m)) m = nextMonth();
  return m;
}
let saveSeq = 0;
let importSeq = 0;
let editSeq = 0;

/** The unit itself when it is a commune, else the first existing commune below it. */
async function communeUnder(unitId: string) {
  const u = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, level: true } });
  if (u.level === "COMMUNE") return u.id;
  const c = await db.unit.findFirst({
    where: { lineage: { has: unitId }, level: "COMMUNE", validTo: null },
    select: { id: true },
    orderBy: { code: "asc" },
  });
  return c?.id ?? unitId;
}

/** The version a save must send: the month's report's, or 0 before the first save. */
async function versionOf(communeId: string, year: number, month: number) {
  const r = await db.monthlyReport.findUnique({
    where: { communeId_year_month: { communeId, year, month } },
    select: { version: true },
  });
  return r?.version ?? 0;
}

async function report(unitId: string, status: "SUBMITTED" | "ACCEPTED") {
  const communeId = await communeUnder(unitId);
  const c = await db.unit.findUniqueOrThrow({ where: { id: communeId }, select: { provinceId: true } });
  if (!c.provinceId) return { id: "00000000-0000-7000-8000-000000000000", version: 1 };
  const m = await freeMonth((x) =>
    db.monthlyReport.findUnique({ where: { communeId_year_month: { communeId, ...x } }, select: { id: true } }),
  );
  return db.monthlyReport.create({
    data: { communeId, provinceId: c.provinceId, ...m, status, submittedAt: new Date() },
    select: { id: true, version: true },
  });
}

/** A district report of the unit (or, for a province, of its first child unit). */
async function districtReport(unitId: string) {
  const u = await db.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: { id: true, level: true, provinceId: true },
  });
  let target = u.id;
  if (u.level === "PROVINCE")
    target = (
      await db.unit.findFirstOrThrow({
        where: { parentId: u.id, validTo: null },
        select: { id: true },
        orderBy: { code: "asc" },
      })
    ).id;
  if (!u.provinceId) return { id: "00000000-0000-7000-8000-000000000000", version: 1 };
  const m = await freeMonth((x) =>
    db.districtReport.findUnique({ where: { unitId_year_month: { unitId: target, ...x } }, select: { id: true } }),
  );
  return db.districtReport.create({
    data: {
      unitId: target,
      provinceId: u.provinceId,
      ...m,
      status: "SUBMITTED",
      narrative: "Báo cáo thử",
      submittedAt: new Date(),
    },
    select: { id: true, version: true },
  });
}

export const MONTHLY_ACTION_CASES: Record<string, ActionCase> = {
  // A past month of 2023 unlocked for late entry: the own commune saves a draft (OK); foreign → not found.
  "monthly#saveMonthlyAction": {
    input: async (actor, unitId) => {
      const communeId = await communeUnder(unitId);
      const month = (saveSeq++ % 12) + 1;
      await db.entryUnlock.create({
        data: {
          communeId,
          year: 2023,
          month,
          reason: "Kiểm thử",
          grantedById: actor.userId,
          until: new Date(Date.now() + 86_400_000),
        },
      });
      return {
        communeId,
        year: 2023,
        month,
        version: await versionOf(communeId, 2023, month),
        values: [],
        submit: false,
      };
    },
  },
  // The month's own exported workbook, imported back into a month of 2023 unlocked for late entry.
  "monthly#importMonthlyAction": {
    input: async (actor, unitId) => {
      const communeId = await communeUnder(unitId);
      const month = (importSeq++ % 12) + 1;
      await db.entryUnlock.create({
        data: {
          communeId,
          year: 2023,
          month,
          reason: "Kiểm thử",
          grantedById: actor.userId,
          until: new Date(Date.now() + 86_400_000),
        },
      });
      const { buffer } = await exportMonthlyWorkbook(await actorOf("admin"), { communeId, year: 2023, month });
      return {
        communeId,
        year: 2023,
        month,
        version: await versionOf(communeId, 2023, month),
        fileBase64: buffer.toString("base64"),
      };
    },
  },
  "monthly#acceptMonthlyAction": {
    input: async (_a, unitId) => {
      const r = await report(unitId, "SUBMITTED");
      return { reportId: r.id, version: r.version };
    },
  },
  "monthly#returnMonthlyAction": {
    input: async (_a, unitId) => {
      const r = await report(unitId, "SUBMITTED");
      return { reportId: r.id, version: r.version, reason: "Thiếu số liệu" };
    },
  },
  "monthly#unlockMonthlyAction": {
    input: async (_a, unitId) => ({
      reportId: (await report(unitId, "ACCEPTED")).id,
      reason: "Điều chỉnh theo kết luận",
    }),
  },
  "monthly#bulkAcceptAction": {
    input: async (_a, unitId) => ({ reportIds: [(await report(unitId, "SUBMITTED")).id] }),
  },
  "monthly#grantEntryUnlockAction": {
    input: async (_a, unitId) => ({
      communeId: await communeUnder(unitId),
      ...nextMonth(),
      reason: "Nhập bổ sung",
      days: 3,
    }),
  },
  "monthly#submitDistrictReportAction": {
    input: async (_a, unitId) => ({ unitId, ...nextMonth(), version: 0, narrative: "Tình hình ổn định" }),
  },
  "monthly#acceptDistrictReportAction": {
    input: async (_a, unitId) => {
      const r = await districtReport(unitId);
      return { reportId: r.id, version: r.version };
    },
  },
  "monthly#returnDistrictReportAction": {
    input: async (_a, unitId) => {
      const r = await districtReport(unitId);
      return { reportId: r.id, version: r.version, reason: "Bổ sung" };
    },
  },
  // A fixture indicator of the unit's province that starts in 2099, edited from 12/2099: the demo
  // catalogue (and every month the other suites read) stays as seeded.
  "monthly#editIndicatorAction": {
    input: async (_a, unitId) => {
      const u = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { provinceId: true } });
      // A code no other suite sharing these cases has used on this database.
      while (
        u.provinceId &&
        (await db.indicator.findFirst({
          where: { provinceId: u.provinceId, code: `FX_EDIT_${editSeq}` },
          select: { id: true },
        }))
      )
        editSeq++;
      const ind = u.provinceId
        ? await db.indicator.create({
            data: {
              provinceId: u.provinceId,
              code: `FX_EDIT_${editSeq++}`,
              name: "Chỉ tiêu thử",
              group: "OTHER",
              kind: "COUNT",
              isRequired: false,
              validFromPeriod: 209901,
            },
            select: { id: true },
          })
        : null;
      return {
        indicatorId: ind?.id ?? "00000000-0000-7000-8000-000000000000",
        fromPeriod: 209912,
        name: "Chỉ tiêu thử (sửa)",
        unitLabel: "vụ",
        targetValue: null,
        isRequired: false,
        lowerIsBetter: false,
      };
    },
  },
};
