import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { totalsContributionSql } from "@/lib/server/monthly/indicator-totals";
import { addMonthsYM, yearMonthOf } from "@/lib/domain/period";
import { vnDate } from "@/lib/domain/vn-date";
import { seededRandom } from "./random";
import { appNow } from "../../lib/clock";

const rng = seededRandom;

/** Base monthly level of each count (flows per month, stocks as a level). */
const LEVEL: Record<string, [number, number]> = {
  HS_VU: [3, 9], HS_TRUY_TO: [4, 15], HS_GDTX: [2, 8], HS_QLNV: [5, 20], HS_TRUY_NA: [0, 3], HS_BANG_NHOM: [0, 2], HS_TU_DIEM: [0, 3],
  HS_TO_GIAC: [4, 12], MT_VU: [1, 5], MT_TU_DIEM: [1, 4], MT_QLNV: [5, 18], MT_NGHIEN: [8, 30], MT_SU_DUNG: [10, 40], MT_TRONG: [0, 1],
  KT_VU: [0, 4], KT_QLNV: [2, 8], KT_HANG_GIA: [0, 3], KT_MOI_TRUONG: [0, 2], KQ_RNT_XAY_RA: [0, 1], KQ_HET_AN: [20, 60], KQ_MO_HINH: [1, 3], KQ_TONG_HO: [1500, 4000],
};

/**
 * Demo monthly figures (issue #4): for every commune selected in any demo programme year, reports
 * from January of the year before `now` up to the month before `now` ACCEPTED, with plausible values
 * (deterministic; a decreasing crime trend for most communes, rising for about one in six); the
 * current month DRAFT or SUBMITTED — except for communes that have a commune-police account, whose
 * current month is left to be entered (demo walk-through, e2e). IndicatorTotal is then computed in
 * bulk by the same SQL as applyAcceptedTotals.
 */
export async function seedDemoFigures(db: Db, now = appNow()) {
  const started = Date.now();
  const selected = await db.selection.findMany({ where: { status: "SELECTED" }, select: { communeId: true, commune: { select: { code: true, provinceId: true } } }, distinct: ["communeId"] });
  if (selected.length === 0) return { reports: 0, values: 0, seconds: 0 };
  const withUsers = new Set((await db.user.findMany({ where: { role: "COMMUNE_POLICE" }, select: { unitId: true } })).map((u) => u.unitId));
  const indicators = await db.indicator.findMany({ where: { validToPeriod: null, kind: { in: ["COUNT", "BOOLEAN"] } }, select: { id: true, provinceId: true, code: true, kind: true } });
  const byProvince = new Map<string, typeof indicators>();
  for (const i of indicators) byProvince.set(i.provinceId, [...(byProvince.get(i.provinceId) ?? []), i]);

  const current = yearMonthOf(now);
  const start = { year: current.year - 1, month: 1 };
  const months: { year: number; month: number }[] = [];
  for (let m = start; m.year * 12 + m.month <= current.year * 12 + current.month; m = addMonthsYM(m, 1)) months.push(m);

  const reports: Prisma.MonthlyReportCreateManyInput[] = [];
  const values: Prisma.MonthlyValueCreateManyInput[] = [];
  for (const s of selected) {
    const provinceId = s.commune.provinceId!;
    const defs = byProvince.get(provinceId) ?? [];
    const r0 = rng(`commune:${s.commune.code}`);
    const rising = r0() < 0.17;
    const base = new Map(Object.entries(LEVEL).map(([code, [lo, hi]]) => [code, lo + r0() * (hi - lo)]));
    months.forEach((m, t) => {
      const isCurrent = m.year === current.year && m.month === current.month;
      if (isCurrent && withUsers.has(s.communeId)) return;
      const rand = rng(`${s.commune.code}:${m.year}-${m.month}`);
      const trend = rising ? 1 + 0.025 * t : Math.max(0.35, 1 - 0.03 * t);
      const noisy = (x: number) => Math.max(0, Math.round(x * (0.75 + rand() * 0.5)));
      const v: Record<string, number> = {};
      for (const [code, level] of base) v[code] = code === "KQ_TONG_HO" || code === "KQ_HET_AN" || code === "KQ_MO_HINH" ? Math.round(level) : noisy(level * (code.startsWith("HS_") || code.startsWith("MT_") || code.startsWith("KT_") ? trend : 1));
      v.KQ_AN_KHAM_PHA = Math.min(v.HS_VU!, Math.round(v.HS_VU! * (0.7 + rand() * 0.3)));
      v.KQ_RNT_KHAM_PHA = Math.min(v.KQ_RNT_XAY_RA!, Math.round(v.KQ_RNT_XAY_RA! * (rand() < 0.9 ? 1 : 0)));
      v.KQ_TGTB_XU_LY = Math.max(0, v.HS_TO_GIAC! - (rand() < 0.15 ? 1 : 0));
      v.KQ_TAI_PHAM_SO = Math.min(v.KQ_HET_AN!, Math.round(v.KQ_HET_AN! * (0.04 + rand() * 0.14)));
      v.KQ_HO_TUYEN_TRUYEN = Math.min(v.KQ_TONG_HO!, Math.round(v.KQ_TONG_HO! * Math.min(1, 0.8 + 0.012 * t + rand() * 0.05)));
      const status = isCurrent ? (rand() < 0.5 ? "SUBMITTED" : "DRAFT") : "ACCEPTED";
      const next = addMonthsYM(m, 1);
      const submittedAt = status === "DRAFT" ? null : isCurrent ? now : vnDate(next.year, next.month, 2 + Math.floor(rand() * 4));
      const reportId = randomUUID();
      reports.push({
        id: reportId, communeId: s.communeId, provinceId, year: m.year, month: m.month, status, submittedAt,
        reviewedAt: status === "ACCEPTED" ? vnDate(next.year, next.month, 8) : null,
      });
      for (const d of defs) {
        if (d.kind === "COUNT") values.push({ reportId, indicatorId: d.id, numValue: v[d.code] ?? noisy(1) });
        else values.push({ reportId, indicatorId: d.id, boolValue: d.code === "KQ_XHD" ? false : rand() < 0.12 });
      }
    });
  }
  await db.monthlyReport.createMany({ data: reports });
  const t1 = Date.now();
  // Values through unnest arrays: one statement per 10 000 rows (much faster than createMany).
  for (let i = 0; i < values.length; i += 10000) {
    const chunk = values.slice(i, i + 10000);
    await db.$executeRaw`
      INSERT INTO "MonthlyValue" ("id", "reportId", "indicatorId", "numValue", "boolValue", "updatedAt")
      SELECT gen_random_uuid(), t.r, t.i, t.n, t.b, now()
      FROM unnest(${chunk.map((v) => v.reportId)}::uuid[], ${chunk.map((v) => v.indicatorId)}::uuid[], ${chunk.map((v) => v.numValue ?? null)}::int[], ${chunk.map((v) => v.boolValue ?? null)}::boolean[]) AS t(r, i, n, b)`;
  }
  const t2 = Date.now();
  await db.$executeRaw(totalsContributionSql(Prisma.sql`r."status" = 'ACCEPTED'`, 1));
  if (process.env.SEED_TIMING) console.log(`reports ${(t1 - started) / 1000}s, values ${(t2 - t1) / 1000}s, totals ${(Date.now() - t2) / 1000}s`);
  const seconds = (Date.now() - started) / 1000;
  if (process.env.SEED_TIMING) console.log(`seedDemoFigures: ${reports.length} reports, ${values.length} values in ${seconds.toFixed(2)} s`);
  return { reports: reports.length, values: values.length, seconds };
}
