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
  defs: readonly IndicatorDef[],
  cells: ReadonlyMap<string, Map<number, Cell>>,
  months: readonly YearMonth[],
  reductions?: ReadonlyMap<string, ComparableReduction>,
) {
  const keys = months.map((m) => periodKey(m.year, m.month));
  const agg = (code: string, aggregation: "SUM" | "LAST", src = cells, ks = keys): number | null => {
    const byMonth = src.get(code);
    if (!byMonth) return null;
    if (aggregation === "SUM") {
      let sum = 0,
        any = false;
      for (const monthKey of ks) {
        const cell = byMonth.get(monthKey);
        if (cell && cell.reports > 0) {
          sum += cell.total;
          any = true;
        }
      }
      return any ? sum : null;
    }
    for (let i = ks.length - 1; i >= 0; i -= 1) {
      const monthCell = byMonth.get(ks[i]!);
      if (monthCell && monthCell.reports > 0) return monthCell.total;
    }
    return null;
  };
  const byCode = new Map(defs.map((d) => [d.code, d]));
  return defs.map((def) => {
    let value: number | null = null;
    let numerator: number | null = null;
    let denominator: number | null = null;
    let coverage: Coverage | null = null;
    if (def.kind === "COUNT" || def.kind === "BOOLEAN") value = agg(def.code, def.aggregation);
    else if (def.kind === "RATIO" && def.numeratorCode && def.denominatorCode) {
      const numeratorSum = byCode.get(def.numeratorCode),
        den = byCode.get(def.denominatorCode);
      numerator = numeratorSum ? agg(numeratorSum.code, numeratorSum.aggregation) : null;
      denominator = den ? agg(den.code, den.aggregation) : null;
      value = aggregateRatio([{ numerator, denominator }]).percent;
    }
    const reduction = def.kind === "REDUCTION" && def.numeratorCode ? reductions?.get(def.numeratorCode) : undefined;
    if (reduction) {
      [numerator, denominator, value, coverage] = [
        reduction.current,
        reduction.baseline,
        reduction.percent,
        coverageOf(reduction),
      ];
    }
    const achieved =
      def.targetValue === null || !def.targetComparator
        ? null
        : def.kind === "REDUCTION"
          ? reduction
            ? reductionTargetMet(reduction, def.targetValue, def.targetComparator)
            : null
          : isTargetAchieved({
              value,
              target: def.targetValue,
              comparator: def.targetComparator,
              lowerIsBetter: def.lowerIsBetter,
            });
    return {
      id: def.id,
      code: def.code,
      name: def.name,
      group: def.group,
      kind: def.kind,
      unitLabel: def.unitLabel,
      aggregation: def.aggregation,
      value,
      numerator,
      denominator,
      coverage,
      targetComparator: def.targetComparator,
      targetValue: def.targetValue,
      achieved,
    };
  });
}

async function loadCells(unitId: string, months: readonly YearMonth[], codeOf: ReadonlyMap<string, string>) {
  const rows = await db.indicatorTotal.findMany({
    where: { unitId, OR: months.map((m) => ({ year: m.year, month: m.month })) },
    select: { indicatorId: true, year: true, month: true, total: true, reports: true },
  });
  const cells = new Map<string, Map<number, Cell>>();
  for (const row of rows) {
    const code = codeOf.get(row.indicatorId);
    if (!code) continue;
    let byPeriod = cells.get(code);
    if (!byPeriod) cells.set(code, (byPeriod = new Map()));
    const key = periodKey(row.year, row.month);
    const cell = byPeriod.get(key) ?? { total: 0, reports: 0 };
    byPeriod.set(key, { total: cell.total + Number(row.total), reports: cell.reports + row.reports });
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
  const [cells, reductions] = await Promise.all([
    loadCells(unit.id, months, codeOf),
    loadReductions([unit.id], months, year, reductionCodes(defs)),
  ]);
  return {
    unit,
    period,
    label: periodLabel(period),
    rows: aggregateIndicators(defs, cells, months, reductions.get(unit.id)),
  };
}
