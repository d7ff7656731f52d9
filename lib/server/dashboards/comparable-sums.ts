import "server-only";
import { db } from "@/lib/db";
import type { YearMonth } from "@/lib/domain/types";
import { comparableReduction, type ComparableReduction } from "@/lib/domain/comparable-reduction";
import { sameMonthsLastYear } from "@/lib/domain/period";
import { changesSince, loadBaselineMap, type BaselineMap } from "@/lib/server/units/baseline-sources";

/** unitId → count code → the like-with-like reduction of that count over the unit's expected communes. */
export type ReductionTable = Map<string, Map<string, ComparableReduction>>;

type Row = {
  communeId: string;
  lineage: string[];
  code: string;
  current: bigint;
  baseline: bigint;
  months: number;
  reported: boolean;
};

/**
 * The "vs the same period last year" figures of `codes` for each unit of `unitIds` over `months`, like with
 * like (lib/domain/comparable-reduction.ts): per commune of the unit's subtree, only the months accepted in
 * both years count. The expected communes are the unit's communes on the list of the programme of `year`
 * plus any other commune with accepted figures in the period (a commune that left the list and reports no
 * more is not missing). Two queries over the communes' IndicatorTotal cells (accepted figures only).
 */
export async function loadReductions(
  unitIds: readonly string[],
  months: readonly YearMonth[],
  year: number,
  codes: readonly string[],
): Promise<ReductionTable> {
  const out: ReductionTable = new Map();
  if (unitIds.length === 0 || months.length === 0 || codes.length === 0) return out;
  const ids = [...unitIds];
  const ys = months.map((m) => m.year),
    ms = months.map((m) => m.month);
  const { redirects, notComparable } = await baselineChanges(ids, sameMonthsLastYear(months));
  const special = {
    c: redirects.map((r) => r.communeId),
    y: redirects.map((r) => r.year),
    m: redirects.map((r) => r.month),
  };
  const sources = redirects.flatMap((r) => r.sourceIds.map((src) => ({ ...r, src })));
  const redir = {
    c: sources.map((r) => r.communeId),
    y: sources.map((r) => r.year),
    m: sources.map((r) => r.month),
    s: sources.map((r) => r.src),
  };
  const [rows, listed] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH m(y, mo) AS (SELECT * FROM unnest(${ys}::int[], ${ms}::int[])),
      communes AS (SELECT id, lineage FROM "Unit" WHERE level = 'COMMUNE' AND lineage && ${ids}::uuid[]),
      special(commune, y, mo) AS (SELECT * FROM unnest(${special.c}::uuid[], ${special.y}::int[], ${special.m}::int[])),
      redir(commune, y, mo, src) AS (SELECT * FROM unnest(${redir.c}::uuid[], ${redir.y}::int[], ${redir.m}::int[], ${redir.s}::uuid[])),
      cur AS (
        SELECT t."unitId" AS commune, i.code, t.month, SUM(t.total) AS total FROM "IndicatorTotal" t
        JOIN "Indicator" i ON i.id = t."indicatorId" AND i.code = ANY(${[...codes]}::text[])
        JOIN m ON t.year = m.y AND t.month = m.mo
        WHERE t."unitId" IN (SELECT id FROM communes) AND t.reports > 0 GROUP BY 1, 2, 3),
      -- A commune's own figures of last year, except the months an administrative change redirects to the units
      -- it came from (issue #12: a merged commune's baseline is the sum of its predecessors; none after a split).
      base AS (
        SELECT b.commune, b.code, b.month, SUM(b.total) AS total FROM (
          SELECT t."unitId" AS commune, i.code, t.month, t.total FROM "IndicatorTotal" t
          JOIN "Indicator" i ON i.id = t."indicatorId" AND i.code = ANY(${[...codes]}::text[])
          JOIN m ON t.year = m.y - 1 AND t.month = m.mo
          WHERE t."unitId" IN (SELECT id FROM communes) AND t.reports > 0
            AND NOT EXISTS (SELECT 1 FROM special s WHERE s.commune = t."unitId" AND s.y = t.year AND s.mo = t.month)
          UNION ALL
          SELECT r.commune, i.code, t.month, t.total FROM redir r
          JOIN "IndicatorTotal" t ON t."unitId" = r.src AND t.year = r.y AND t.month = r.mo AND t.reports > 0
          JOIN "Indicator" i ON i.id = t."indicatorId" AND i.code = ANY(${[...codes]}::text[])) b
        GROUP BY 1, 2, 3)
      SELECT c.id AS "communeId", c.lineage, x.code, x.current, x.baseline, x.months, x.reported FROM (
        SELECT COALESCE(cur.commune, base.commune) AS commune, COALESCE(cur.code, base.code) AS code,
          COALESCE(SUM(cur.total) FILTER (WHERE cur.commune IS NOT NULL AND base.commune IS NOT NULL), 0)::bigint AS current,
          COALESCE(SUM(base.total) FILTER (WHERE cur.commune IS NOT NULL AND base.commune IS NOT NULL), 0)::bigint AS baseline,
          (COUNT(*) FILTER (WHERE cur.commune IS NOT NULL AND base.commune IS NOT NULL))::int AS months,
          bool_or(cur.commune IS NOT NULL) AS reported
        FROM cur FULL JOIN base ON base.commune = cur.commune AND base.code = cur.code AND base.month = cur.month
        GROUP BY 1, 2) x
      JOIN communes c ON c.id = x.commune`,
    db.$queryRaw<Array<{ communeId: string; lineage: string[] }>>`
      SELECT s."communeId", u.lineage FROM "Selection" s
      JOIN "Programme" pr ON pr.id = s."programmeId"
      JOIN "Unit" u ON u.id = s."communeId"
      WHERE pr.year = ${year} AND s.status = 'SELECTED' AND u.lineage && ${ids}::uuid[]`,
  ]);
  const byCommune = new Map<string, Map<string, Row>>();
  for (const row of rows) {
    let communeSums = byCommune.get(row.communeId);
    if (!communeSums) byCommune.set(row.communeId, (communeSums = new Map()));
    communeSums.set(row.code, row);
  }
  const under = (unitId: string, list: ReadonlyArray<{ communeId: string; lineage: string[] }>) =>
    new Set(list.filter((c) => c.communeId === unitId || c.lineage.includes(unitId)).map((c) => c.communeId));
  for (const unitId of ids) {
    const expected = new Set([
      ...under(unitId, listed),
      ...under(
        unitId,
        rows.filter((r) => r.reported),
      ),
    ]);
    const byCode = new Map<string, ComparableReduction>();
    for (const code of codes) {
      const comparisons = [...expected].map((communeId) => {
        const reduction = byCommune.get(communeId)?.get(code);
        return reduction
          ? { current: Number(reduction.current), baseline: Number(reduction.baseline), months: reduction.months }
          : { current: 0, baseline: 0, months: 0 };
      });
      const split = [...expected].filter((c) => notComparable.has(c)).length;
      byCode.set(code, {
        ...comparableReduction(comparisons, expected.size),
        ...(split > 0 ? { notComparable: split } : {}),
      });
    }
    out.set(unitId, byCode);
  }
  return out;
}

/**
 * The administrative changes that alter the baselines of the communes under `unitIds` over `baselineMonths`
 * (lib/server/units/baseline-sources.ts): one query finds the communes a succession link after the first
 * baseline month touches (usually none), then their baseline map.
 */
export async function baselineChanges(
  unitIds: readonly string[],
  baselineMonths: readonly YearMonth[],
): Promise<BaselineMap> {
  if (unitIds.length === 0 || baselineMonths.length === 0) return { redirects: [], notComparable: new Set() };
  const touched = await db.$queryRaw<Array<{ id: string }>>`
    SELECT DISTINCT u.id FROM "UnitSuccession" s JOIN "Unit" u ON u.id IN (s."fromUnitId", s."toUnitId")
    WHERE s."effectiveDate" >= ${changesSince(baselineMonths)}::date AND u.level = 'COMMUNE' AND u.lineage && ${[...unitIds]}::uuid[]`;
  return loadBaselineMap(
    db,
    touched.map((t) => t.id),
    baselineMonths,
  );
}

/** The count codes behind the reduction indicators of a catalogue (what `loadReductions` needs). */
export function reductionCodes(defs: ReadonlyArray<{ kind: string; numeratorCode: string | null }>): string[] {
  return [...new Set(defs.filter((d) => d.kind === "REDUCTION" && d.numeratorCode).map((d) => d.numeratorCode!))];
}
