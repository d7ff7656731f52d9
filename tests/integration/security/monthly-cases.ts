import { db } from "@/lib/db";
import type { ActionCase } from "./action-cases";

// Isolation cases of the monthly-figures actions (issue #4). Fixture reports use years 2000+ so the
// demo months other suites read are never touched; "own" calls end OK or VALIDATION.
let seq = 0;
// 2000–2022, then 2030+: never the demo years (2025–2026) nor the unlocked months used for saving (2023, 2024 in the API suite).
const nextMonth = () => { const n = seq++; const y = 2000 + Math.floor(n / 12); return { year: y > 2022 ? y + 7 : y, month: (n % 12) + 1 }; };
let saveSeq = 0;

/** The unit itself when it is a commune, else the first existing commune below it. */
async function communeUnder(unitId: string) {
  const u = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, level: true } });
  if (u.level === "COMMUNE") return u.id;
  const c = await db.unit.findFirst({ where: { lineage: { has: unitId }, level: "COMMUNE", validTo: null }, select: { id: true }, orderBy: { code: "asc" } });
  return c?.id ?? unitId;
}

async function report(unitId: string, status: "SUBMITTED" | "ACCEPTED") {
  const communeId = await communeUnder(unitId);
  const c = await db.unit.findUniqueOrThrow({ where: { id: communeId }, select: { provinceId: true } });
  if (!c.provinceId) return { id: "00000000-0000-7000-8000-000000000000", version: 1 };
  return db.monthlyReport.create({ data: { communeId, provinceId: c.provinceId, ...nextMonth(), status, submittedAt: new Date() }, select: { id: true, version: true } });
}

/** A district report of the unit (or, for a province, of its first child unit). */
async function districtReport(unitId: string) {
  const u = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, level: true, provinceId: true } });
  let target = u.id;
  if (u.level === "PROVINCE") target = (await db.unit.findFirstOrThrow({ where: { parentId: u.id, validTo: null }, select: { id: true }, orderBy: { code: "asc" } })).id;
  if (!u.provinceId) return { id: "00000000-0000-7000-8000-000000000000", version: 1 };
  return db.districtReport.create({ data: { unitId: target, provinceId: u.provinceId, ...nextMonth(), status: "SUBMITTED", narrative: "Báo cáo thử", submittedAt: new Date() }, select: { id: true, version: true } });
}

export const MONTHLY_ACTION_CASES: Record<string, ActionCase> = {
  // A closed month (2020): the own commune answers VALIDATION, nothing is written.
  // A past month of 2023 unlocked for late entry: the own commune saves a draft (OK); foreign → not found.
  "monthly#saveMonthlyAction": {
    input: async (actor, unitId) => {
      const communeId = await communeUnder(unitId);
      const month = (saveSeq++ % 12) + 1;
      await db.entryUnlock.create({ data: { communeId, year: 2023, month, reason: "Kiểm thử", grantedById: actor.userId, until: new Date(Date.now() + 86_400_000) } });
      return { communeId, year: 2023, month, version: 0, values: [], submit: false };
    },
  },
  "monthly#importMonthlyAction": { input: async (_a, unitId) => ({ communeId: await communeUnder(unitId), year: 2020, month: 1, version: 0, fileBase64: "AAAA" }) },
  "monthly#acceptMonthlyAction": { input: async (_a, unitId) => { const r = await report(unitId, "SUBMITTED"); return { reportId: r.id, version: r.version }; } },
  "monthly#returnMonthlyAction": { input: async (_a, unitId) => { const r = await report(unitId, "SUBMITTED"); return { reportId: r.id, version: r.version, reason: "Thiếu số liệu" }; } },
  "monthly#unlockMonthlyAction": { input: async (_a, unitId) => ({ reportId: (await report(unitId, "ACCEPTED")).id, reason: "Điều chỉnh theo kết luận" }) },
  "monthly#bulkAcceptAction": { input: async (_a, unitId) => ({ reportIds: [(await report(unitId, "SUBMITTED")).id] }) },
  "monthly#grantEntryUnlockAction": { input: async (_a, unitId) => ({ communeId: await communeUnder(unitId), ...nextMonth(), reason: "Nhập bổ sung", days: 3 }) },
  "monthly#submitDistrictReportAction": { input: async (_a, unitId) => ({ unitId, ...nextMonth(), version: 0, narrative: "Tình hình ổn định" }) },
  "monthly#acceptDistrictReportAction": { input: async (_a, unitId) => { const r = await districtReport(unitId); return { reportId: r.id, version: r.version }; } },
  "monthly#returnDistrictReportAction": { input: async (_a, unitId) => { const r = await districtReport(unitId); return { reportId: r.id, version: r.version, reason: "Bổ sung" }; } },
  // A past month: VALIDATION for the own province, nothing written (the demo catalogue stays as seeded).
  "monthly#editIndicatorAction": {
    input: async (_a, unitId) => {
      const u = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { provinceId: true } });
      const ind = u.provinceId ? await db.indicator.findFirst({ where: { provinceId: u.provinceId, code: "KQ_MO_HINH" }, select: { id: true } }) : null;
      return { indicatorId: ind?.id ?? "00000000-0000-7000-8000-000000000000", fromPeriod: 200001, name: "Số mô hình tự quản", unitLabel: "mô hình", targetValue: 1, isRequired: true, lowerIsBetter: false };
    },
  },
};
