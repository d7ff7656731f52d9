import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { totalsContributionSql } from "@/lib/server/monthly/indicator-totals";
import { addMonthsYM, yearMonthOf } from "@/lib/domain/period";
import { fromDbDay, vnDate } from "@/lib/domain/vn-date";
import { unitExistsInMonth } from "@/lib/domain/unit-succession";
import { seededRandom } from "./random";
import { communeProfile } from "./commune-levels";
import { appNow } from "../../lib/clock";

const rng = seededRandom;

/**
 * Demo monthly figures (issue #4): for every commune selected in any demo programme year (and the communes it was
 * merged from), reports from January of the year before `now` up to the month before `now` ACCEPTED — only for the
 * months the commune existed in (issue #12) — with plausible values
 * (deterministic; a decreasing crime trend for most communes, rising for about one in six); the
 * current month DRAFT or SUBMITTED — except for communes that have a commune-police account, whose
 * current month is left to be entered (demo walk-through, e2e). IndicatorTotal is then computed in
 * bulk by the same SQL as applyAcceptedTotals.
 */
export async function seedDemoFigures(db: Db, now = appNow()) {
  const started = Date.now();
  const unitFields = { code: true, provinceId: true, validFrom: true, validTo: true } as const;
  const listed = await db.selection.findMany({
    where: { status: "SELECTED" },
    select: { communeId: true, commune: { select: unitFields } },
    distinct: ["communeId"],
  });
  // The communes a selected commune came from report too, up to their last day: they make its "same period last
  // year" (issue #12; lib/domain/unit-succession.ts baselineSources).
  const former = await db.unitSuccession.findMany({
    where: { toUnitId: { in: listed.map((s) => s.communeId) } },
    select: { fromUnitId: true, fromUnit: { select: unitFields } },
  });
  const selected = [...listed, ...former.map((f) => ({ communeId: f.fromUnitId, commune: f.fromUnit }))];
  if (selected.length === 0) return { reports: 0, values: 0, seconds: 0 };
  const withUsers = new Set(
    (await db.user.findMany({ where: { role: "COMMUNE_POLICE" }, select: { unitId: true } })).map((u) => u.unitId),
  );
  const indicators = await db.indicator.findMany({
    where: { validToPeriod: null, kind: { in: ["COUNT", "BOOLEAN"] } },
    select: { id: true, provinceId: true, code: true, kind: true },
  });
  const byProvince = new Map<string, typeof indicators>();
  for (const i of indicators) byProvince.set(i.provinceId, [...(byProvince.get(i.provinceId) ?? []), i]);

  const current = yearMonthOf(now);
  // Communes on last year's list but not on this year's: they passed (the verdict seed issues "đạt" for them).
  const byYear = await db.selection.findMany({
    where: { status: "SELECTED", programme: { year: { in: [current.year - 1, current.year] } } },
    select: { communeId: true, programme: { select: { year: true } } },
  });
  const thisYear = new Set(byYear.filter((x) => x.programme.year === current.year).map((x) => x.communeId));
  const passedLastYear = new Set(
    byYear.filter((x) => x.programme.year === current.year - 1 && !thisYear.has(x.communeId)).map((x) => x.communeId),
  );
  const start = { year: current.year - 1, month: 1 };
  const months: { year: number; month: number }[] = [];
  for (let m = start; m.year * 12 + m.month <= current.year * 12 + current.month; m = addMonthsYM(m, 1)) months.push(m);

  const reports: Prisma.MonthlyReportCreateManyInput[] = [];
  const values: Prisma.MonthlyValueCreateManyInput[] = [];
  for (const s of selected) {
    const provinceId = s.commune.provinceId!;
    const defs = byProvince.get(provinceId) ?? [];
    const { rising, base } = communeProfile(s.commune.code);
    const passing = passedLastYear.has(s.communeId);
    // Never a report for a month the commune did not exist in (the merged commune starts on 01/07/2025; issue #12).
    const validity = {
      validFrom: fromDbDay(s.commune.validFrom),
      validTo: s.commune.validTo ? fromDbDay(s.commune.validTo) : null,
    };
    months.forEach((m, t) => {
      if (!unitExistsInMonth(validity, m)) return;
      const isCurrent = m.year === current.year && m.month === current.month;
      if (isCurrent && withUsers.has(s.communeId)) return;
      const rand = rng(`${s.commune.code}:${m.year}-${m.month}`);
      const trend = rising ? 1 + 0.025 * t : Math.max(0.35, 1 - 0.03 * t);
      const noisy = (x: number) => Math.max(0, Math.round(x * (0.75 + rand() * 0.5)));
      const v: Record<string, number> = {};
      for (const [code, level] of base)
        v[code] =
          code === "KQ_TONG_HO" || code === "KQ_HET_AN" || code === "KQ_MO_HINH"
            ? Math.round(level)
            : noisy(level * (code.startsWith("HS_") || code.startsWith("MT_") || code.startsWith("KT_") ? trend : 1));
      v.KQ_AN_KHAM_PHA = Math.min(v.HS_VU!, Math.round(v.HS_VU! * (0.7 + rand() * 0.3)));
      // A commune that passed last year met its targets that year: every very serious case solved, every report
      // handled, every household reached from mid-year (so its verdict follows the recommendation, unless its crime rose).
      const good = passing && m.year === current.year - 1;
      v.KQ_RNT_KHAM_PHA = Math.min(v.KQ_RNT_XAY_RA!, Math.round(v.KQ_RNT_XAY_RA! * (good || rand() < 0.9 ? 1 : 0)));
      v.KQ_TGTB_XU_LY = Math.max(0, v.HS_TO_GIAC! - (!good && rand() < 0.15 ? 1 : 0));
      v.KQ_TAI_PHAM_SO = Math.min(v.KQ_HET_AN!, Math.round(v.KQ_HET_AN! * (0.04 + rand() * 0.14)));
      v.KQ_HO_TUYEN_TRUYEN =
        good && m.month >= 6
          ? v.KQ_TONG_HO!
          : Math.min(v.KQ_TONG_HO!, Math.round(v.KQ_TONG_HO! * Math.min(1, 0.8 + 0.012 * t + rand() * 0.05)));
      const status = isCurrent ? (rand() < 0.5 ? "SUBMITTED" : "DRAFT") : "ACCEPTED";
      const next = addMonthsYM(m, 1);
      const submittedAt =
        status === "DRAFT" ? null : isCurrent ? now : vnDate(next.year, next.month, 2 + Math.floor(rand() * 4));
      const reportId = randomUUID();
      reports.push({
        id: reportId,
        communeId: s.communeId,
        provinceId,
        year: m.year,
        month: m.month,
        status,
        submittedAt,
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
  if (process.env.SEED_TIMING)
    console.log(`reports ${(t1 - started) / 1000}s, values ${(t2 - t1) / 1000}s, totals ${(Date.now() - t2) / 1000}s`);
  const seconds = (Date.now() - started) / 1000;
  if (process.env.SEED_TIMING)
    console.log(`seedDemoFigures: ${reports.length} reports, ${values.length} values in ${seconds.toFixed(2)} s`);
  return { reports: reports.length, values: values.length, seconds };
}
