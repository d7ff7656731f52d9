import "server-only";
import { db } from "@/lib/db";
import type { Verdict } from "@/lib/domain/types";
import { appNow } from "@/lib/clock";
import { namesOfThatTime } from "@/lib/server/units/names-of-that-time";

export type SelectionOutcomeRow = {
  selectionId: string;
  communeId: string;
  communeName: string;
  districtId: string | null;
  provinceId: string;
  year: number;
  hasPlan: boolean;
  interimAccepted: boolean;
  offTrack: boolean;
  verdict: Verdict | null;
  relapsed: boolean;
};

/**
 * Every selection of the view's subtree up to `year` (communes named as they were that year) with its stage: plan, interim review, issued
 * verdict (the latest issued; an amendment replaces the verdict it amends) and relapse. One query.
 */
export async function loadSelectionOutcomes(
  unitId: string,
  upToYear: number,
  fromYear = 1900,
): Promise<SelectionOutcomeRow[]> {
  const rows = await db.$queryRaw<SelectionOutcomeRow[]>`
    SELECT s.id AS "selectionId", s."communeId", u.name AS "communeName", u."parentId" AS "districtId", pr."provinceId", pr.year,
      (pl.id IS NOT NULL) AS "hasPlan",
      COALESCE(cr.status = 'ACCEPTED', false) AS "interimAccepted",
      COALESCE(cr."offTrack", false) AS "offTrack",
      v.verdict::text AS verdict,
      (v.id IS NOT NULL AND EXISTS (SELECT 1 FROM "RelapseRecord" rr WHERE rr."verdictId" = v.id)) AS relapsed
    FROM "Selection" s
    JOIN "Programme" pr ON pr.id = s."programmeId"
    JOIN "Unit" u ON u.id = s."communeId"
    LEFT JOIN "Plan" pl ON pl."selectionId" = s.id
    LEFT JOIN "CommuneReview" cr ON cr."selectionId" = s.id AND cr.kind = 'INTERIM'
    LEFT JOIN LATERAL (
      SELECT cv.id, cv.verdict FROM "CommuneVerdict" cv
      WHERE cv."selectionId" = s.id AND cv.stage = 'ISSUED' AND cv.verdict IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "CommuneVerdict" a WHERE a."amendsId" = cv.id AND a.stage = 'ISSUED')
      ORDER BY cv."issuedAt" DESC NULLS LAST, cv."createdAt" DESC LIMIT 1
    ) v ON true
    WHERE s.status = 'SELECTED' AND pr.year <= ${upToYear} AND pr.year >= ${fromYear}
      AND u.lineage @> ARRAY[${unitId}]::uuid[]
    ORDER BY pr.year, u.name`;
  // Each year's communes under the names of that year, "nay là …" after a rename, merge or split (issue #12 §3).
  const today = appNow();
  for (const year of new Set(rows.map((r) => r.year))) {
    const names = await namesOfThatTime(
      rows.filter((r) => r.year === year).map((r) => r.communeId),
      year,
      today,
    );
    for (const row of rows) if (row.year === year) row.communeName = names.get(row.communeId) ?? row.communeName;
  }
  return rows;
}

export type ProgrammeRow = {
  provinceId: string;
  capPercent: number;
  passThresholdPercent: number;
  entryDeadlineDay: number;
  focusStartMonth: number;
};

export async function loadProgrammes(provinceIds: readonly string[], year: number): Promise<ProgrammeRow[]> {
  if (provinceIds.length === 0) return [];
  const rows = await db.programme.findMany({
    where: { provinceId: { in: [...provinceIds] }, year },
    select: {
      provinceId: true,
      capPercent: true,
      passThresholdPercent: true,
      entryDeadlineDay: true,
      focusStart: true,
    },
  });
  return rows.map((r) => ({
    provinceId: r.provinceId,
    capPercent: Number(r.capPercent),
    passThresholdPercent: Number(r.passThresholdPercent),
    entryDeadlineDay: r.entryDeadlineDay,
    focusStartMonth: r.focusStart.getUTCMonth() + 1,
  }));
}

/** Commune-level units existing on `day` in the subtree, per province ("hiện có", seed 002 mục II.2). */
export async function countCommunesByProvince(unitId: string, day: Date): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<Array<{ provinceId: string; n: number }>>`
    SELECT "provinceId", count(*)::int AS n FROM "Unit"
    WHERE lineage @> ARRAY[${unitId}]::uuid[] AND level = 'COMMUNE'
      AND "validFrom" <= ${day}::date AND ("validTo" IS NULL OR "validTo" > ${day}::date)
    GROUP BY "provinceId"`;
  return new Map(rows.map((r) => [r.provinceId, r.n]));
}

export async function countProposals(unitId: string, year: number): Promise<number> {
  const rows = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "Proposal" p
    JOIN "Programme" pr ON pr.id = p."programmeId"
    JOIN "Unit" u ON u.id = p."communeId"
    WHERE pr.year = ${year} AND p.status IN ('SUBMITTED', 'APPROVED', 'REJECTED') AND u.lineage @> ARRAY[${unitId}]::uuid[]`;
  return rows[0]?.n ?? 0;
}

export type ReportingRow = {
  provinceId: string;
  expected: number;
  total: number;
  submitted: number;
  accepted: number;
  returned: number;
  onTime: number;
};

/**
 * Monthly reports of the subtree for one month, over the EXPECTED communes: those on the list (selected) of the
 * province's programme of that year, as on the monthly overview (month-overview.ts): submitted, accepted,
 * returned, on time (before the window closed). The explicit provinceId list lets PostgreSQL use the
 * (provinceId, year) and (communeId, year, month) indexes.
 */
export async function loadReporting(
  unitId: string,
  provinceIds: readonly string[],
  year: number,
  month: number,
  closesAt: ReadonlyMap<string, Date>,
): Promise<ReportingRow[]> {
  if (provinceIds.length === 0) return [];
  const ids = [...provinceIds];
  const closes = ids.map((id) => closesAt.get(id)!);
  return db.$queryRaw<ReportingRow[]>`
    WITH dl(pid, closes) AS (SELECT * FROM unnest(${ids}::uuid[], ${closes}::timestamptz[])),
    selected AS (
      SELECT s."communeId", pr."provinceId" FROM "Selection" s
      JOIN "Programme" pr ON pr.id = s."programmeId"
      WHERE pr."provinceId" = ANY(${ids}::uuid[]) AND pr.year = ${year} AND s.status = 'SELECTED'
    ),
    expected AS (
      -- The selected communes, and those a selected one took over during the year (they report until their last day).
      SELECT x."communeId", x."provinceId" FROM (
        SELECT * FROM selected
        UNION SELECT us."fromUnitId", sel."provinceId" FROM selected sel JOIN "UnitSuccession" us ON us."toUnitId" = sel."communeId"
          AND us."effectiveDate" > make_date(${year}, 1, 1) AND us."effectiveDate" <= make_date(${year}, 12, 31)
      ) x
      JOIN "Unit" u ON u.id = x."communeId"
      WHERE u.lineage @> ARRAY[${unitId}]::uuid[]
        -- Only communes existing in the month (issue #12): a selection passed to a commune created later is not missing before.
        AND u."validFrom" < make_date(${year}, ${month}, 1) + interval '1 month'
        AND (u."validTo" IS NULL OR u."validTo" > make_date(${year}, ${month}, 1))
    )
    SELECT e."provinceId", count(*)::int AS expected, count(r.id)::int AS total,
      count(*) FILTER (WHERE r.status IN ('SUBMITTED', 'ACCEPTED'))::int AS submitted,
      count(*) FILTER (WHERE r.status = 'ACCEPTED')::int AS accepted,
      count(*) FILTER (WHERE r.status = 'RETURNED')::int AS returned,
      count(*) FILTER (WHERE r.status IN ('SUBMITTED', 'ACCEPTED') AND r."submittedAt" < dl.closes)::int AS "onTime"
    FROM expected e
    JOIN dl ON dl.pid = e."provinceId"
    LEFT JOIN "MonthlyReport" r ON r."communeId" = e."communeId" AND r.year = ${year} AND r.month = ${month}
    GROUP BY e."provinceId"`;
}
