// No "server-only" marker: a pure read over the client it is given, reused by the demo seed (plain Node).
import type { Db } from "@/lib/prisma-client";
import type { Tx } from "@/lib/db";
import { hasBasicReduction, type BasicReductionResult } from "@/lib/domain/indicator-math";
import { monthsOfPeriod, sameMonthsLastYear, type Period } from "@/lib/domain/period";
import type { YearMonth } from "@/lib/domain/types";
import { loadBaselineMap } from "@/lib/server/units/baseline-sources";
import { flattenFigures } from "./compute-scorecard";

export type CrimeReduction = BasicReductionResult & {
  codes: string[];
  current: number | null;
  baseline: number | null;
  source: "LAST_YEAR" | "PROPOSAL" | "NONE";
};

/**
 * "Giảm cơ bản tội phạm và tệ nạn xã hội" (seed 002 mục II.3), configured per programme
 * (Programme.crimeReductionCodes, crimeReductionMinPercent): the sum of the configured counts over the months
 * with accepted figures, compared with the same months of the previous year — for a commune born of a merge, its
 * predecessors' figures of those months (issue #12) —; when the previous year has no accepted figures (or no
 * comparable ones after a split), with the proposal figures (the survey before selection).
 */
export async function computeCrimeReduction(
  client: Db | Tx,
  selectionId: string,
  period: Period,
  config: { codes: readonly string[]; minPercent: number },
): Promise<CrimeReduction> {
  const selection = await client.selection.findUniqueOrThrow({
    where: { id: selectionId },
    select: { communeId: true, programmeId: true, proposalId: true, programme: { select: { provinceId: true } } },
  });
  const codes = [...config.codes];
  const months = monthsOfPeriod(period);
  // Last year's months of a commune born of a merge are its predecessors' figures (issue #12; none after a split).
  const { redirects } = await loadBaselineMap(client, [selection.communeId], sameMonthsLastYear(months));
  const key = (y: number, m: number) => y * 100 + m;
  const redirected = new Map(redirects.map((r) => [key(r.year, r.month), r.sourceIds]));
  const sources = [...new Set(redirects.flatMap((r) => r.sourceIds))];
  // By code, not by the province's indicator ids: a predecessor may have reported under another province's catalogue.
  const indicators = await client.indicator.findMany({
    where: { code: { in: codes }, ...(sources.length > 0 ? {} : { provinceId: selection.programme.provinceId }) },
    select: { id: true },
  });
  const ids = indicators.map((i) => i.id);
  const reports = await client.monthlyReport.findMany({
    where: {
      communeId: { in: [selection.communeId, ...sources] },
      status: "ACCEPTED",
      OR: months.flatMap((m) => [
        { year: m.year, month: m.month },
        { year: m.year - 1, month: m.month },
      ]),
    },
    select: {
      communeId: true,
      year: true,
      month: true,
      values: { where: { indicatorId: { in: ids } }, select: { numValue: true } },
    },
  });
  const sumOf = (r: (typeof reports)[number]) => r.values.reduce((s, v) => s + (v.numValue ?? 0), 0);
  const own = new Map(
    reports.filter((r) => r.communeId === selection.communeId).map((r) => [key(r.year, r.month), sumOf(r)]),
  );
  const valueOf = (unitId: string, y: number, m: number) =>
    reports.find((r) => r.communeId === unitId && r.year === y && r.month === m);
  /** Last year's figure of month m: own, or the sum over every source (like with like: each source must have it). */
  const baselineOf = (yearMonth: YearMonth): number | undefined => {
    const src = redirected.get(key(yearMonth.year - 1, yearMonth.month));
    if (!src) return own.get(key(yearMonth.year - 1, yearMonth.month));
    const found = src.map((u) => valueOf(u, yearMonth.year - 1, yearMonth.month));
    return src.length > 0 && found.every((r) => r) ? found.reduce((s, r) => s + sumOf(r!), 0) : undefined;
  };
  const current = months.filter((m) => own.has(key(m.year, m.month)));
  if (codes.length === 0 || current.length === 0) {
    return {
      ...hasBasicReduction({ current: null, baseline: null }),
      codes,
      current: null,
      baseline: null,
      source: "NONE",
    };
  }
  const withLastYear = current.filter((m) => baselineOf(m) !== undefined);
  if (withLastYear.length > 0) {
    const now = withLastYear.reduce((s, m) => s + own.get(key(m.year, m.month))!, 0);
    const before = withLastYear.reduce((s, m) => s + baselineOf(m)!, 0);
    return {
      ...hasBasicReduction({ current: now, baseline: before, minReductionPercent: config.minPercent }),
      codes,
      current: now,
      baseline: before,
      source: "LAST_YEAR",
    };
  }
  const proposal = selection.proposalId
    ? await client.proposal.findUnique({ where: { id: selection.proposalId }, select: { figures: true } })
    : await client.proposal.findFirst({
        where: { communeId: selection.communeId, programmeId: selection.programmeId },
        select: { figures: true },
      });
  const figures = flattenFigures(proposal?.figures ?? {});
  const present = codes.filter((c) => figures.has(c));
  if (present.length === 0)
    return {
      ...hasBasicReduction({ current: null, baseline: null }),
      codes,
      current: null,
      baseline: null,
      source: "NONE",
    };
  const now = current.reduce((s, m) => s + own.get(key(m.year, m.month))!, 0);
  const before = present.reduce((s, c) => s + figures.get(c)!, 0);
  return {
    ...hasBasicReduction({ current: now, baseline: before, minReductionPercent: config.minPercent }),
    codes,
    current: now,
    baseline: before,
    source: "PROPOSAL",
  };
}
