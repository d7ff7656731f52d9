import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CriteriaGroup, YearMonth } from "@/lib/domain/types";
import { isTargetAchieved, ratioPercent } from "@/lib/domain/indicator-math";
import { reductionTargetMet, type ComparableReduction } from "@/lib/domain/comparable-reduction";

/** An indicator definition by code (codes are shared by all provinces' catalogues). */
export type IndicatorDef = {
  id: string;
  code: string;
  name: string;
  group: CriteriaGroup;
  kind: "COUNT" | "BOOLEAN" | "RATIO" | "REDUCTION" | "TEXT";
  unitLabel: string;
  lowerIsBetter: boolean;
  aggregation: "SUM" | "LAST";
  targetComparator: "GTE" | "LTE" | "EQ" | null;
  targetValue: number | null;
  numeratorCode: string | null;
  denominatorCode: string | null;
  isSelectionCriterion: boolean;
  isResultIndicator: boolean;
  sortOrder: number;
};

/**
 * The catalogue that applies to the view: the province's own (valid in `period`, yyyymm), or for the
 * national root the first province's definition of each code.
 */
export async function loadCatalogue(provinceId: string | null, period: number): Promise<IndicatorDef[]> {
  const rows = await db.$queryRaw<
    Array<{
      id: string;
      code: string;
      name: string;
      group: CriteriaGroup;
      kind: IndicatorDef["kind"];
      unitLabel: string;
      lowerIsBetter: boolean;
      aggregation: "SUM" | "LAST";
      targetComparator: IndicatorDef["targetComparator"];
      targetValue: Prisma.Decimal | null;
      numeratorCode: string | null;
      denominatorCode: string | null;
      isSelectionCriterion: boolean;
      isResultIndicator: boolean;
      sortOrder: number;
    }>
  >`
    SELECT DISTINCT ON (i.code) i.id, i.code, i.name, i."group", i.kind, i."unitLabel", i."lowerIsBetter", i.aggregation,
      i."targetComparator", i."targetValue", n.code AS "numeratorCode", d.code AS "denominatorCode",
      i."isSelectionCriterion", i."isResultIndicator", i."sortOrder"
    FROM "Indicator" i
    LEFT JOIN "Indicator" n ON n.id = i."numeratorId"
    LEFT JOIN "Indicator" d ON d.id = i."denominatorId"
    WHERE (${provinceId}::uuid IS NULL OR i."provinceId" = ${provinceId}::uuid)
      AND i."validFromPeriod" <= ${period} AND (i."validToPeriod" IS NULL OR i."validToPeriod" > ${period})
    ORDER BY i.code, i."provinceId", i."validFromPeriod" DESC`;
  return rows
    .map((r) => ({ ...r, targetValue: r.targetValue === null ? null : Number(r.targetValue) }))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
}

export type Bucket = { key: string; months: readonly YearMonth[] };

/** Sums of one unit × indicator code × bucket: `sum` over the months, `last` = the latest month with data. */
export type SumCell = { sum: number; last: number; reports: number };
/** unitId → code → bucket → cell */
export type SumTable = Map<string, Map<string, Map<string, SumCell>>>;

/**
 * ONE round trip over the pre-summed IndicatorTotal (never the raw monthly values): for each unit,
 * indicator code and bucket of months, the sum and the latest month's total. The cells are read once
 * (buckets may overlap: a trend's single months and the whole period) by an index-only scan of the
 * covering (unitId, year, month, indicatorId, total, reports) index bounded to the months asked for.
 * Grouping by code adds up the definitions of one code (a catalogue edit makes a new one from a month
 * on; a province's definitions never share a month).
 */
export async function loadSums(
  unitIds: readonly string[],
  buckets: readonly Bucket[],
  codes?: readonly string[],
): Promise<SumTable> {
  const out: SumTable = new Map();
  if (unitIds.length === 0 || buckets.length === 0) return out;
  const bk: number[] = [],
    ys: number[] = [],
    ms: number[] = [];
  buckets.forEach((bucket, bucketIndex) => {
    for (const month of bucket.months) {
      bk.push(bucketIndex);
      ys.push(month.year);
      ms.push(month.month);
    }
  });
  if (bk.length === 0) return out;
  const yms = ys.map((y, k) => y * 100 + ms[k]!);
  const first = Math.min(...yms),
    last = Math.max(...yms);
  const codeFilter = codes && codes.length > 0 ? Prisma.sql`AND i.code = ANY(${[...codes]}::text[])` : Prisma.empty;
  // Hash aggregation: the latest month's total is packed with its yyyymm into one bigint
  // (yyyymm << 40 | total) so that MAX() picks it.
  const rows = await db.$queryRaw<
    Array<{ unitId: string; code: string; bucket: number; sum: bigint; lastPacked: bigint; reports: number }>
  >`
    WITH b(bucket, y, m) AS (SELECT * FROM unnest(${bk}::int[], ${ys}::int[], ${ms}::int[])),
    cells AS MATERIALIZED (
      SELECT t."unitId", i.code, t.year, t.month, t.total, t.reports
      FROM "IndicatorTotal" t
      JOIN "Indicator" i ON i.id = t."indicatorId" ${codeFilter}
      JOIN (SELECT DISTINCT y, m FROM b) d ON t.year = d.y AND t.month = d.m
      WHERE t."unitId" = ANY(${[...unitIds]}::uuid[])
        AND (t.year, t.month) >= (${Math.floor(first / 100)}::int, ${first % 100}::int)
        AND (t.year, t.month) <= (${Math.floor(last / 100)}::int, ${last % 100}::int)
    )
    SELECT c."unitId", c.code, b.bucket, SUM(c.total)::bigint AS sum,
      MAX((((c.year * 100 + c.month)::bigint) << 40) + c.total) AS "lastPacked", SUM(c.reports)::int AS reports
    FROM cells c
    JOIN b ON c.year = b.y AND c.month = b.m
    GROUP BY c."unitId", c.code, b.bucket`;
  const MASK = (1n << 40n) - 1n;
  for (const row of rows) {
    let byCode = out.get(row.unitId);
    if (!byCode) out.set(row.unitId, (byCode = new Map()));
    let byBucket = byCode.get(row.code);
    if (!byBucket) byCode.set(row.code, (byBucket = new Map()));
    byBucket.set(buckets[row.bucket]!.key, {
      sum: Number(row.sum),
      last: Number(BigInt(row.lastPacked) & MASK),
      reports: row.reports,
    });
  }
  return out;
}

/** Adds the cells of several units (e.g. the provinces under the national root). */
export function mergeUnits(table: SumTable, unitIds: readonly string[]): Map<string, Map<string, SumCell>> {
  const merged = new Map<string, Map<string, SumCell>>();
  for (const id of unitIds) {
    for (const [code, byBucket] of table.get(id) ?? []) {
      let byBucketTotal = merged.get(code);
      if (!byBucketTotal) merged.set(code, (byBucketTotal = new Map()));
      for (const [bucket, cell] of byBucket) {
        const prev = byBucketTotal.get(bucket) ?? { sum: 0, last: 0, reports: 0 };
        byBucketTotal.set(bucket, {
          sum: prev.sum + cell.sum,
          last: prev.last + cell.last,
          reports: prev.reports + cell.reports,
        });
      }
    }
  }
  return merged;
}

export type IndicatorValue = {
  value: number | null;
  /** RATIO: the summed counts behind the percentage. */
  numerator?: number | null;
  denominator?: number | null;
  achieved: boolean | null;
  /** REDUCTION: expected communes with comparable figures (like with like), e.g. 1 of 12. */
  coverage?: Coverage;
};

/** Expected communes with comparable figures, and those without a comparable baseline after a split (issue #12). */
export type Coverage = { covered: number; expected: number; notComparable?: number };

/** The coverage shown beside a like-with-like reduction. */
export function coverageOf(comparableReduction: ComparableReduction): Coverage {
  return {
    covered: comparableReduction.covered,
    expected: comparableReduction.expected,
    ...(comparableReduction.notComparable ? { notComparable: comparableReduction.notComparable } : {}),
  };
}

/**
 * The value of an indicator over a bucket: counts by their aggregation (flows add up, stocks take the
 * latest month), percentages from summed counts (lib/domain/indicator-math), reductions from the
 * unit's like-with-like comparison (`reductions`, from loadReductions): judged against the target only on
 * complete coverage (lib/domain/comparable-reduction.ts).
 */
export function valueOf(
  def: IndicatorDef,
  cells: Map<string, Map<string, SumCell>> | undefined,
  bucket: string,
  byCode: Map<string, IndicatorDef>,
  reductions?: ReadonlyMap<string, ComparableReduction>,
): IndicatorValue {
  const raw = (code: string | null, bucketKey: string): number | null => {
    if (!code) return null;
    const cell = cells?.get(code)?.get(bucketKey);
    if (!cell) return null;
    const codeDef = byCode.get(code);
    return codeDef?.aggregation === "LAST" ? cell.last : cell.sum;
  };
  let value: number | null = null;
  let numerator: number | null | undefined;
  let denominator: number | null | undefined;
  if (def.kind === "RATIO") {
    numerator = raw(def.numeratorCode, bucket);
    denominator = raw(def.denominatorCode, bucket);
    value = numerator === null || denominator === null ? null : ratioPercent(numerator, denominator);
  } else if (def.kind === "REDUCTION") {
    const reduction = def.numeratorCode ? reductions?.get(def.numeratorCode) : undefined;
    const achieved =
      reduction && def.targetValue !== null
        ? reductionTargetMet(reduction, def.targetValue, def.targetComparator ?? "GTE")
        : null;
    return {
      value: reduction?.percent ?? null,
      numerator: reduction?.current ?? null,
      denominator: reduction?.baseline ?? null,
      achieved,
      coverage: reduction && coverageOf(reduction),
    };
  } else if (def.kind === "COUNT" || def.kind === "BOOLEAN") {
    value = raw(def.code, bucket);
  }
  const achieved =
    def.targetComparator && def.targetValue !== null
      ? isTargetAchieved({
          value,
          target: def.targetValue,
          comparator: def.targetComparator,
          lowerIsBetter: def.lowerIsBetter,
        })
      : null;
  return { value, numerator, denominator, achieved };
}

/** Indicators with a target: what the scorecard and the ranking count. */
export function targetIndicators(defs: readonly IndicatorDef[]): IndicatorDef[] {
  return defs.filter((d) => d.isResultIndicator && d.targetComparator !== null && d.targetValue !== null);
}

/** The codes whose totals a set of indicators needs (ratio/reduction parts included). */
export function codesNeeded(defs: readonly IndicatorDef[]): string[] {
  const set = new Set<string>();
  for (const def of defs) {
    if (def.kind === "COUNT" || def.kind === "BOOLEAN") set.add(def.code);
    if (def.numeratorCode) set.add(def.numeratorCode);
    if (def.denominatorCode) set.add(def.denominatorCode);
  }
  return [...set];
}

/** Key figures of a criteria group for trends: its flows, its percentages and (group "Khác") its yes/no items. */
export function keyIndicators(defs: readonly IndicatorDef[], group: CriteriaGroup): IndicatorDef[] {
  return defs.filter(
    (d) =>
      d.group === group &&
      ((d.kind === "COUNT" && d.aggregation === "SUM" && d.isSelectionCriterion) ||
        d.kind === "RATIO" ||
        (group === "OTHER" && d.kind === "BOOLEAN")),
  );
}

export function yyyymm(yearMonth: YearMonth): number {
  return yearMonth.year * 100 + yearMonth.month;
}
