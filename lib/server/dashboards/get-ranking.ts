import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/access";
import { monthsOfPeriod } from "@/lib/domain/period";
import { elapsedMonths, periodOf, previousPeriod, type DashboardFilters } from "./filters";
import { breadcrumbs, childUnits, resolveViewUnit } from "./view-unit";
import {
  codesNeeded,
  loadCatalogue,
  loadSums,
  targetIndicators,
  valueOf,
  yyyymm,
  type IndicatorDef,
  type SumCell,
} from "./indicator-sums";
import { loadProgrammes, loadSelectionOutcomes } from "./programme-status";
import { loadReductions, reductionCodes } from "./comparable-sums";
import type { ComparableReduction } from "@/lib/domain/comparable-reduction";
import { appNow } from "@/lib/clock";

export type Band = "GOOD" | "WATCH" | "POOR" | "NONE";

/** Colour band of a share of indicators achieved: ≥ pass threshold (80%, seed 002 mục II.3) good, ≥ 50% watch, else poor. */
export function bandOf(share: number | null, threshold = 80): Band {
  if (share === null) return "NONE";
  if (share >= threshold) return "GOOD";
  if (share >= 50) return "WATCH";
  return "POOR";
}

function score(
  defs: IndicatorDef[],
  cells: Map<string, Map<string, SumCell>> | undefined,
  bucket: string,
  reductions: ReadonlyMap<string, ComparableReduction> | undefined,
  byCode: Map<string, IndicatorDef>,
) {
  const vals = defs.map((d) => ({ code: d.code, ...valueOf(d, cells, bucket, byCode, reductions) }));
  const evaluated = vals.filter((v) => v.achieved !== null).length;
  const achieved = vals.filter((v) => v.achieved === true).length;
  return { vals, evaluated, achieved, share: evaluated ? (achieved * 100) / evaluated : null };
}

/**
 * Ranking / scorecard (issue #6): units below the view unit and the communes selected this year, by
 * result indicators achieved vs target over the period, with the previous period for the arrows.
 */
export async function getRanking(actor: Actor, unitId: string | null, filters: DashboardFilters, now = appNow()) {
  assertCan(actor, "dashboard.view");
  const unit = await resolveViewUnit(actor, unitId);
  const year = filters.year;
  const [crumbs, children, selected, programmes] = await Promise.all([
    breadcrumbs(actor, unit),
    childUnits(unit.id, year),
    loadSelectionOutcomes(unit.id, year, year),
    unit.provinceId ? loadProgrammes([unit.provinceId], year) : Promise.resolve([]),
  ]);
  const threshold = programmes[0]?.passThresholdPercent ?? 80;
  const period = periodOf(filters, programmes[0]?.focusStartMonth ?? 3);
  const cur = elapsedMonths(period, now);
  const prev = monthsOfPeriod(previousPeriod(period));
  const all = await loadCatalogue(unit.provinceId, yyyymm(cur[cur.length - 1]!));
  const byCode = new Map(all.map((d) => [d.code, d]));
  const defs = targetIndicators(all).filter((d) => !filters.group || d.group === filters.group);
  // Under the national root: the provinces only (the selected communes are ranked within each province).
  const communeRows = unit.level === "NATION" ? [] : selected;
  const ids = [...new Set([...children.map((c) => c.id), ...communeRows.map((s) => s.communeId)])];
  const [sums, reductions, prevReductions] = await Promise.all([
    loadSums(
      ids,
      [
        { key: "cur", months: cur },
        { key: "prev", months: prev },
      ],
      codesNeeded(defs),
    ),
    loadReductions(ids, cur, year, reductionCodes(defs)),
    loadReductions(ids, prev, prev[prev.length - 1]!.year, reductionCodes(defs)),
  ]);
  const rank = (id: string, name: string, level: string, extra: Record<string, unknown> = {}) => {
    const now_ = score(defs, sums.get(id), "cur", reductions.get(id), byCode);
    const before = score(defs, sums.get(id), "prev", prevReductions.get(id), byCode);
    const trend =
      now_.share === null || before.share === null
        ? "NONE"
        : now_.share > before.share
          ? "UP"
          : now_.share < before.share
            ? "DOWN"
            : "SAME";
    return {
      id,
      name,
      level,
      ...extra,
      achieved: now_.achieved,
      evaluated: now_.evaluated,
      share: now_.share,
      previousShare: before.share,
      trend,
      band: bandOf(now_.share, threshold),
      values: now_.vals,
    };
  };
  const sortRows = <T extends { share: number | null; name: string }>(rows: T[]) =>
    rows.sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.name.localeCompare(b.name, "vi"));
  return {
    unit,
    crumbs,
    year,
    period,
    months: cur,
    threshold,
    indicators: defs.map((d) => ({
      code: d.code,
      name: d.name,
      isPercent: d.kind === "RATIO" || d.kind === "REDUCTION",
      comparator: d.targetComparator,
      target: d.targetValue,
    })),
    units: sortRows(children.map((c) => rank(c.id, c.name, c.level))),
    communes: sortRows(communeRows.map((s) => rank(s.communeId, s.communeName, "COMMUNE", { verdict: s.verdict }))),
  };
}
export type Ranking = Awaited<ReturnType<typeof getRanking>>;
