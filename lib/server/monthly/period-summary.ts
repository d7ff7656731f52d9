import "server-only";
import { db } from "@/lib/db";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { aggregateRatio, isTargetAchieved } from "@/lib/domain/indicator-math";
import { reductionTargetMet, type ComparableReduction } from "@/lib/domain/comparable-reduction";
import { monthsOfPeriod, periodLabel, type Period } from "@/lib/domain/period";
import { loadReductions, reductionCodes } from "@/lib/server/dashboards/comparable-sums";
import { coverageOf, type Coverage } from "@/lib/server/dashboards/indicator-sums";
import { fromDbDay, vnDay } from "@/lib/domain/vn-date";
import type { YearMonth } from "@/lib/domain/types";
import { allIndicatorVersions, isActiveAt, periodKey, type IndicatorDef } from "./catalogue";
import { programmeOf } from "./context";

export type PeriodKind = "MONTH" | "SIX_MONTHS" | "YEAR";

/** The 6-month period starts at the programme's focusStart month (seed 001: 01/3), else March. */
export async function periodFor(provinceId: string, kind: PeriodKind, year: number, month = 1): Promise<Period> {
  if (kind === "MONTH") return { kind, year, month };
  if (kind === "YEAR") return { kind, year };
  const programme = await programmeOf(provinceId, year);
  const startMonth = programme ? vnDay(fromDbDay(programme.focusStart)).month : 3;
  return { kind, year, startMonth };
}

type Cell = { total: number; reports: number };

/**
 * Aggregates of the accepted totals over months (pure): SUM adds the months; LAST takes the
 * latest month with accepted reports; ratios sum their parts first, then divide (aggregateRatio);
 * reductions come from the like-with-like comparison of the base count (`reductions`, by count code),
 * judged against the target only on complete coverage (lib/domain/comparable-reduction.ts).
 */
export function aggregateIndicators(
  defs: readonly IndicatorDef[], cells: ReadonlyMap<string, Map<number, Cell>>, months: readonly YearMonth[],
  reductions?: ReadonlyMap<string, ComparableReduction>,
) {
  const keys = months.map((m) => periodKey(m.year, m.month));
  const agg = (code: string, aggregation: "SUM" | "LAST", src = cells, ks = keys): number | null => {
    const byMonth = src.get(code);
    if (!byMonth) return null;
    if (aggregation === "SUM") {
      let s = 0, any = false;
      for (const k of ks) { const c = byMonth.get(k); if (c && c.reports > 0) { s += c.total; any = true; } }
      return any ? s : null;
    }
    for (let i = ks.length - 1; i >= 0; i -= 1) { const c = byMonth.get(ks[i]!); if (c && c.reports > 0) return c.total; }
    return null;
  };
  const byCode = new Map(defs.map((d) => [d.code, d]));
  return defs.map((d) => {
    let value: number | null = null;
    let numerator: number | null = null;
    let denominator: number | null = null;
    let coverage: Coverage | null = null;
    if (d.kind === "COUNT" || d.kind === "BOOLEAN") value = agg(d.code, d.aggregation);
    else if (d.kind === "RATIO" && d.numeratorCode && d.denominatorCode) {
      const n = byCode.get(d.numeratorCode), den = byCode.get(d.denominatorCode);
      numerator = n ? agg(n.code, n.aggregation) : null;
      denominator = den ? agg(den.code, den.aggregation) : null;
      value = aggregateRatio([{ numerator, denominator }]).percent;
    }
    const r = d.kind === "REDUCTION" && d.numeratorCode ? reductions?.get(d.numeratorCode) : undefined;
    if (r) {
      [numerator, denominator, value, coverage] = [r.current, r.baseline, r.percent, coverageOf(r)];
    }
    const achieved = d.targetValue === null || !d.targetComparator ? null
      : d.kind === "REDUCTION" ? (r ? reductionTargetMet(r, d.targetValue, d.targetComparator) : null)
      : isTargetAchieved({ value, target: d.targetValue, comparator: d.targetComparator, lowerIsBetter: d.lowerIsBetter });
    return {
      id: d.id, code: d.code, name: d.name, group: d.group, kind: d.kind, unitLabel: d.unitLabel, aggregation: d.aggregation,
      value, numerator, denominator, coverage, targetComparator: d.targetComparator, targetValue: d.targetValue, achieved,
    };
  });
}

async function loadCells(unitId: string, months: readonly YearMonth[], codeOf: ReadonlyMap<string, string>) {
  const rows = await db.indicatorTotal.findMany({
    where: { unitId, OR: months.map((m) => ({ year: m.year, month: m.month })) },
    select: { indicatorId: true, year: true, month: true, total: true, reports: true },
  });
  const cells = new Map<string, Map<number, Cell>>();
  for (const r of rows) {
    const code = codeOf.get(r.indicatorId);
    if (!code) continue;
    let m = cells.get(code);
    if (!m) cells.set(code, (m = new Map()));
    const k = periodKey(r.year, r.month);
    const c = m.get(k) ?? { total: 0, reports: 0 };
    m.set(k, { total: c.total + Number(r.total), reports: c.reports + r.reports });
  }
  return cells;
}

/** Accepted figures of a unit (commune, district or province) over a month, 6 months or a year, read from IndicatorTotal. */
export async function getPeriodSummary(actor: Actor, unitId: string, kind: PeriodKind, year: number, month = 1) {
  assertCan(actor, "monthly.view");
  const unit = await requireUnitInScope(actor, unitId);
  if (!unit.provinceId) return null;
  const period = await periodFor(unit.provinceId, kind, year, month);
  const months = monthsOfPeriod(period);
  const last = months[months.length - 1]!;
  const all = await allIndicatorVersions(unit.provinceId);
  const codeOf = new Map(all.map((i) => [i.id, i.code]));
  const defs = all.filter((i) => isActiveAt(i, periodKey(last.year, last.month)) && i.kind !== "TEXT");
  const [cells, reductions] = await Promise.all([loadCells(unit.id, months, codeOf), loadReductions([unit.id], months, year, reductionCodes(defs))]);
  return { unit, period, label: periodLabel(period), rows: aggregateIndicators(defs, cells, months, reductions.get(unit.id)) };
}
