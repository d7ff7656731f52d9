import "server-only";
import { db } from "@/lib/db";
import type { YearMonth } from "@/lib/domain/types";
import { sameMonthsLastYear } from "@/lib/domain/period";
import { vnDay } from "@/lib/domain/vn-date";
import type { ViewUnit } from "@/lib/server/dashboards/view-unit";
import { loadCatalogue, loadSums, mergeUnits, valueOf, yyyymm, codesNeeded, type IndicatorDef } from "@/lib/server/dashboards/indicator-sums";
import { appNow } from "@/lib/clock";
import { issuingBody } from "@/lib/server/documents/issuing-body";

/** Header parts of an administrative document issued by the steering committee of a unit (NĐ 30/2020; see `issuingBody`). */
export async function documentHeader(unit: ViewUnit, symbol: string, now = appNow()) {
  const body = await issuingBody(unit.id);
  const d = vnDay(now);
  return { ...body, number: `      /${symbol}`, date: { day: d.day, month: d.month, year: d.year } };
}

export type FigureRow = { code: string; name: string; unitLabel: string; isPercent: boolean; current: number | null; baseline: number | null; change: number | null };

/**
 * Key figures of a unit for some months against the same months last year (percentages from summed
 * counts; read from IndicatorTotal, one query). Under the national root, the provinces are added up.
 */
export async function keyFigures(unit: ViewUnit, months: readonly YearMonth[], unitIds?: string[]): Promise<FigureRow[]> {
  const catalogue = await loadCatalogue(unit.provinceId, yyyymm(months[months.length - 1]!));
  const defs = catalogue.filter(
    (d) => (d.kind === "COUNT" && d.aggregation === "SUM") || d.kind === "RATIO" || d.kind === "REDUCTION",
  );
  const ids = unitIds ?? [unit.id];
  const sums = await loadSums(ids, [{ key: "cur", months }, { key: "base", months: sameMonthsLastYear(months) }], codesNeeded(defs));
  const cells = ids.length === 1 ? sums.get(ids[0]!) : mergeUnits(sums, ids);
  const byCode = new Map<string, IndicatorDef>(catalogue.map((d) => [d.code, d]));
  return defs.map((d) => {
    const cur = valueOf(d, cells, "cur", byCode, "base").value;
    const base = d.kind === "REDUCTION" ? null : valueOf(d, cells, "base", byCode).value;
    return { code: d.code, name: d.name, unitLabel: d.kind === "COUNT" ? d.unitLabel : "%", isPercent: d.kind !== "COUNT", current: cur, baseline: base, change: cur !== null && base !== null && d.kind === "COUNT" ? cur - base : null };
  });
}
