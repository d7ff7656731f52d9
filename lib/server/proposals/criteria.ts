import "server-only";
import { db } from "@/lib/db";
import { last12MonthsWindow, prefillFigures, type PrefilledFigures } from "@/lib/domain/proposal-figures";
import { vnDay } from "@/lib/domain/vn-date";
import type { CriteriaGroup } from "@/lib/domain/types";
import { appNow } from "@/lib/clock";

export type Criterion = {
  code: string;
  name: string;
  group: CriteriaGroup;
  kind: "COUNT" | "BOOLEAN";
  aggregation: "SUM" | "LAST";
  unitLabel: string;
};

/** The province's selection criteria (indicator catalogue rows with isSelectionCriterion), current definitions only. */
export async function loadSelectionCriteria(provinceId: string): Promise<Criterion[]> {
  const rows = await db.indicator.findMany({
    where: { provinceId, isSelectionCriterion: true, validToPeriod: null, kind: { in: ["COUNT", "BOOLEAN"] } },
    select: {
      code: true,
      name: true,
      group: true,
      kind: true,
      aggregation: true,
      unitLabel: true,
      validFromPeriod: true,
    },
    orderBy: [{ sortOrder: "asc" }, { validFromPeriod: "desc" }],
  });
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.code) && seen.add(r.code))
    .map(({ validFromPeriod: _v, ...r }) => r as Criterion);
}

export function codesByGroup(criteria: readonly Criterion[]): Record<CriteriaGroup, string[]> {
  const out: Record<CriteriaGroup, string[]> = { CRIMINAL: [], DRUGS: [], ECONOMY_ENVIRONMENT: [], OTHER: [] };
  for (const c of criteria) out[c.group].push(c.code);
  return out;
}

/**
 * What a new proposal of the commune starts with, whoever creates it (a district, the province, the carry-over):
 * the figures and yes/no items of the last 12 months of monthly reports, and how many were pre-filled (0 = none:
 * no "pre-filled" notice then).
 */
export async function proposalPrefill(communeId: string, provinceId: string, now = appNow()) {
  const prefill = await prefillFromMonthly(communeId, provinceId, await loadSelectionCriteria(provinceId), now);
  const otherItems = Object.fromEntries(Object.entries(prefill.flags).map(([code, present]) => [code, { present }]));
  return {
    figures: prefill.counts,
    otherItems,
    count: Object.keys(prefill.counts).length + Object.keys(prefill.flags).length,
  };
}

/** Figures of the commune's monthly reports of the last 12 months (sum for flows, latest for stocks). */
export async function prefillFromMonthly(
  communeId: string,
  provinceId: string,
  criteria: readonly Criterion[],
  now = appNow(),
): Promise<PrefilledFigures> {
  const today = vnDay(now);
  const { from, to } = last12MonthsWindow(today.year, today.month);
  const [fy, ty] = [Math.floor(from / 100), Math.floor(to / 100)];
  const indicators = await db.indicator.findMany({
    where: { provinceId, code: { in: criteria.map((c) => c.code) } },
    select: { id: true, code: true },
  });
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
  const values = await db.monthlyValue.findMany({
    where: { report: { communeId, year: { gte: fy, lte: ty } }, indicatorId: { in: indicators.map((i) => i.id) } },
    select: { numValue: true, boolValue: true, indicatorId: true, report: { select: { year: true, month: true } } },
  });
  return prefillFigures(
    criteria.map((c) => ({ code: c.code, kind: c.kind, aggregation: c.aggregation })),
    values
      .filter((v) => v.report.year * 100 + v.report.month >= from && v.report.year * 100 + v.report.month <= to)
      .map((v) => ({
        code: codeOf.get(v.indicatorId)!,
        year: v.report.year,
        month: v.report.month,
        numValue: v.numValue,
        boolValue: v.boolValue,
      })),
  );
}
