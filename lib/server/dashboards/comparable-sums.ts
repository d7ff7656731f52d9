import "server-only";
import { db } from "@/lib/db";
import type { YearMonth } from "@/lib/domain/types";
import { comparableReduction, type ComparableReduction } from "@/lib/domain/comparable-reduction";

/** unitId → count code → the like-with-like reduction of that count over the unit's expected communes. */
export type ReductionTable = Map<string, Map<string, ComparableReduction>>;

type Row = { communeId: string; lineage: string[]; code: string; current: bigint; baseline: bigint; months: number; reported: boolean };

/**
 * The "vs the same period last year" figures of `codes` for each unit of `unitIds` over `months`, like with
 * like (lib/domain/comparable-reduction.ts): per commune of the unit's subtree, only the months accepted in
 * both years count. The expected communes are the unit's communes on the list of the programme of `year`
 * plus any other commune with accepted figures in the period (a commune that left the list and reports no
 * more is not missing). Two queries over the communes' IndicatorTotal cells (accepted figures only).
 */
export async function loadReductions(unitIds: readonly string[], months: readonly YearMonth[], year: number, codes: readonly string[]): Promise<ReductionTable> {
  const out: ReductionTable = new Map();
  if (unitIds.length === 0 || months.length === 0 || codes.length === 0) return out;
  const ids = [...unitIds];
  const ys = months.map((m) => m.year), ms = months.map((m) => m.month);
  const [rows, listed] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH m(y, mo) AS (SELECT * FROM unnest(${ys}::int[], ${ms}::int[])),
      communes AS (SELECT id, lineage FROM "Unit" WHERE level = 'COMMUNE' AND lineage && ${ids}::uuid[]),
      cur AS (
        SELECT t."unitId" AS commune, i.code, t.month, SUM(t.total) AS total FROM "IndicatorTotal" t
        JOIN "Indicator" i ON i.id = t."indicatorId" AND i.code = ANY(${[...codes]}::text[])
        JOIN m ON t.year = m.y AND t.month = m.mo
        WHERE t."unitId" IN (SELECT id FROM communes) AND t.reports > 0 GROUP BY 1, 2, 3),
      base AS (
        SELECT t."unitId" AS commune, i.code, t.month, SUM(t.total) AS total FROM "IndicatorTotal" t
        JOIN "Indicator" i ON i.id = t."indicatorId" AND i.code = ANY(${[...codes]}::text[])
        JOIN m ON t.year = m.y - 1 AND t.month = m.mo
        WHERE t."unitId" IN (SELECT id FROM communes) AND t.reports > 0 GROUP BY 1, 2, 3)
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
  for (const r of rows) {
    let m = byCommune.get(r.communeId);
    if (!m) byCommune.set(r.communeId, (m = new Map()));
    m.set(r.code, r);
  }
  const under = (unitId: string, list: ReadonlyArray<{ communeId: string; lineage: string[] }>) =>
    new Set(list.filter((c) => c.communeId === unitId || c.lineage.includes(unitId)).map((c) => c.communeId));
  for (const unitId of ids) {
    const expected = new Set([...under(unitId, listed), ...under(unitId, rows.filter((r) => r.reported))]);
    const byCode = new Map<string, ComparableReduction>();
    for (const code of codes) {
      const comparisons = [...expected].map((c) => {
        const r = byCommune.get(c)?.get(code);
        return r ? { current: Number(r.current), baseline: Number(r.baseline), months: r.months } : { current: 0, baseline: 0, months: 0 };
      });
      byCode.set(code, comparableReduction(comparisons, expected.size));
    }
    out.set(unitId, byCode);
  }
  return out;
}

/** The count codes behind the reduction indicators of a catalogue (what `loadReductions` needs). */
export function reductionCodes(defs: ReadonlyArray<{ kind: string; numeratorCode: string | null }>): string[] {
  return [...new Set(defs.filter((d) => d.kind === "REDUCTION" && d.numeratorCode).map((d) => d.numeratorCode!))];
}
