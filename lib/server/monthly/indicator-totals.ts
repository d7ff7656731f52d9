// Pre-summed ACCEPTED monthly values per unit of the tree (issue #8: dashboards read totals,
// never the raw values). Maintained in the SAME transaction as the accept (+1) and the
// unlock / return-after-accept (−1) of a commune's monthly report.
// No "server-only" import: the demo seed shares the same definition.
import { Prisma } from "@/lib/generated/prisma/client";

type RawClient = { $executeRaw(query: Prisma.Sql): Promise<number> };

/**
 * The contribution of accepted reports to IndicatorTotal: each stored value of the report,
 * for every unit of the commune's lineage except the NATION root (province, district if any,
 * the commune itself) AS IT WAS IN THAT MONTH: when the commune left a parent without carrying
 * its figures (a 3 → 2 conversion, a move to another province: `UnitParentPeriod`), a month that
 * began before it left counts for the former lineage, so an unlock or a late accept of such a
 * month keeps the ended district's (the former province's) total right and adds nothing to the
 * new parent (issue #12 §2: "a parent's total counts each value once"; domain.md §8). Counts add numValue; yes/no indicators count true answers; text and
 * empty values contribute nothing. `reports` counts the contributing commune reports.
 */
export function totalsContributionSql(reportFilter: Prisma.Sql, sign: 1 | -1): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "IndicatorTotal" ("unitId", "indicatorId", "year", "month", "total", "reports")
    SELECT u.unit_id, v."indicatorId", r."year", r."month",
           ${sign}::int * SUM(COALESCE(v."numValue", CASE WHEN v."boolValue" THEN 1 ELSE 0 END))::bigint,
           ${sign}::int * COUNT(*)::int
    FROM "MonthlyReport" r
    JOIN "Unit" c ON c."id" = r."communeId"
    CROSS JOIN LATERAL unnest(COALESCE(
      (SELECT p."parentLineage"[2:] || c."id" FROM "UnitParentPeriod" p
       WHERE p."unitId" = c."id" AND p."validTo" > make_date(r."year", r."month", 1)
       ORDER BY p."validTo" LIMIT 1),
      c."lineage"[2:])) AS u(unit_id)
    JOIN "MonthlyValue" v ON v."reportId" = r."id"
    WHERE ${reportFilter} AND (v."numValue" IS NOT NULL OR v."boolValue" IS NOT NULL)
    GROUP BY u.unit_id, v."indicatorId", r."year", r."month"
    ON CONFLICT ("unitId", "indicatorId", "year", "month") DO UPDATE
      SET "total" = "IndicatorTotal"."total" + EXCLUDED."total",
          "reports" = "IndicatorTotal"."reports" + EXCLUDED."reports"`;
}

/**
 * Adds (sign = 1, on accept) or subtracts (sign = −1, on unlock of an accepted report) the
 * report's values to/from the totals of every unit above it. One set-based statement; call it
 * with the transaction client of the status change.
 */
export async function applyAcceptedTotals(
  tx: RawClient,
  reportId: string | readonly string[],
  sign: 1 | -1,
): Promise<number> {
  const ids = typeof reportId === "string" ? [reportId] : [...reportId];
  if (ids.length === 0) return 0;
  return tx.$executeRaw(totalsContributionSql(Prisma.sql`r."id" = ANY(${ids}::uuid[])`, sign));
}
