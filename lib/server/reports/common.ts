import "server-only";
import type { YearMonth } from "@/lib/domain/types";
import { vnDay } from "@/lib/domain/vn-date";
import type { ViewUnit } from "@/lib/server/dashboards/view-unit";
import {
  loadCatalogue,
  loadSums,
  mergeUnits,
  valueOf,
  yyyymm,
  codesNeeded,
  type IndicatorDef,
} from "@/lib/server/dashboards/indicator-sums";
import { loadReductions } from "@/lib/server/dashboards/comparable-sums";
import { appNow } from "@/lib/clock";
import { issuingBody } from "@/lib/server/documents/issuing-body";

/** Header parts of an administrative document issued by the steering committee of a unit (NĐ 30/2020; see `issuingBody`). */
export async function documentHeader(unit: ViewUnit, symbol: string, now = appNow()) {
  const body = await issuingBody(unit.id);
  const today = vnDay(now);
  return { ...body, number: `      /${symbol}`, date: { day: today.day, month: today.month, year: today.year } };
}

export type FigureRow = {
  code: string;
  name: string;
  unitLabel: string;
  isPercent: boolean;
  current: number | null;
  baseline: number | null;
  change: number | null;
  /** Counts and reductions: the communes the comparison with last year covers (like with like). */
  coverage: { covered: number; expected: number } | null;
};

/**
 * Key figures of a unit for some months against the same months last year (percentages from summed
 * counts; read from IndicatorTotal). `current` is everything accepted; the comparison with last year
 * (baseline, change, reduction) is like with like: only the communes' months accepted in both years
 * (lib/domain/comparable-reduction.ts), with its coverage. Under the national root, the provinces are added up.
 */
export async function keyFigures(
  unit: ViewUnit,
  months: readonly YearMonth[],
  unitIds?: string[],
): Promise<FigureRow[]> {
  const catalogue = await loadCatalogue(unit.provinceId, yyyymm(months[months.length - 1]!));
  const defs = catalogue.filter(
    (d) => (d.kind === "COUNT" && d.aggregation === "SUM") || d.kind === "RATIO" || d.kind === "REDUCTION",
  );
  const ids = unitIds ?? [unit.id];
  const counts = defs.filter((d) => d.kind === "COUNT").map((d) => d.code);
  const compared = [
    ...new Set([
      ...counts,
      ...defs.flatMap((d) => (d.kind === "REDUCTION" && d.numeratorCode ? [d.numeratorCode] : [])),
    ]),
  ];
  const [sums, reductions] = await Promise.all([
    loadSums(ids, [{ key: "cur", months }], codesNeeded(defs)),
    loadReductions([unit.id], months, months[months.length - 1]!.year, compared),
  ]);
  const cells = ids.length === 1 ? sums.get(ids[0]!) : mergeUnits(sums, ids);
  const like = reductions.get(unit.id);
  const byCode = new Map<string, IndicatorDef>(catalogue.map((d) => [d.code, d]));
  return defs.map((def) => {
    const value = valueOf(def, cells, "cur", byCode, like);
    const row = {
      code: def.code,
      name: def.name,
      unitLabel: def.kind === "COUNT" ? def.unitLabel : "%",
      isPercent: def.kind !== "COUNT",
      current: value.value,
    };
    if (def.kind === "REDUCTION") return { ...row, baseline: null, change: null, coverage: value.coverage ?? null };
    const reduction = def.kind === "COUNT" ? like?.get(def.code) : undefined;
    if (!reduction) return { ...row, baseline: null, change: null, coverage: null };
    const change =
      reduction.current === null || reduction.baseline === null ? null : reduction.current - reduction.baseline;
    return {
      ...row,
      baseline: reduction.baseline,
      change,
      coverage: { covered: reduction.covered, expected: reduction.expected },
    };
  });
}
