// No "server-only" marker: a pure read over the client it is given, reused by the demo seed (plain Node).
import type { Db } from "@/lib/prisma-client";
import type { Tx } from "@/lib/db";
import { hasBasicReduction, type BasicReductionResult } from "@/lib/domain/indicator-math";
import { monthsOfPeriod, type Period } from "@/lib/domain/period";
import { flattenFigures } from "./compute-scorecard";

export type CrimeReduction = BasicReductionResult & { codes: string[]; current: number | null; baseline: number | null; source: "LAST_YEAR" | "PROPOSAL" | "NONE" };

/**
 * "Giảm cơ bản tội phạm và tệ nạn xã hội" (seed 002 mục II.3), configured per programme
 * (Programme.crimeReductionCodes, crimeReductionMinPercent): the sum of the configured counts over the months
 * with accepted figures, compared with the same months of the previous year; when the previous year has no
 * accepted figures, with the proposal figures (the survey before selection).
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
  const indicators = await client.indicator.findMany({ where: { provinceId: selection.programme.provinceId, code: { in: codes } }, select: { id: true } });
  const ids = indicators.map((i) => i.id);
  const months = monthsOfPeriod(period);
  const reports = await client.monthlyReport.findMany({
    where: { communeId: selection.communeId, status: "ACCEPTED", OR: months.flatMap((m) => [{ year: m.year, month: m.month }, { year: m.year - 1, month: m.month }]) },
    select: { year: true, month: true, values: { where: { indicatorId: { in: ids } }, select: { numValue: true } } },
  });
  const key = (y: number, m: number) => y * 100 + m;
  const byKey = new Map(reports.map((r) => [key(r.year, r.month), r.values.reduce((s, v) => s + (v.numValue ?? 0), 0)]));
  const current = months.filter((m) => byKey.has(key(m.year, m.month)));
  if (codes.length === 0 || current.length === 0) {
    return { ...hasBasicReduction({ current: null, baseline: null }), codes, current: null, baseline: null, source: "NONE" };
  }
  const withLastYear = current.filter((m) => byKey.has(key(m.year - 1, m.month)));
  if (withLastYear.length > 0) {
    const now = withLastYear.reduce((s, m) => s + byKey.get(key(m.year, m.month))!, 0);
    const before = withLastYear.reduce((s, m) => s + byKey.get(key(m.year - 1, m.month))!, 0);
    return { ...hasBasicReduction({ current: now, baseline: before, minReductionPercent: config.minPercent }), codes, current: now, baseline: before, source: "LAST_YEAR" };
  }
  const proposal = selection.proposalId
    ? await client.proposal.findUnique({ where: { id: selection.proposalId }, select: { figures: true } })
    : await client.proposal.findFirst({ where: { communeId: selection.communeId, programmeId: selection.programmeId }, select: { figures: true } });
  const figures = flattenFigures(proposal?.figures ?? {});
  const present = codes.filter((c) => figures.has(c));
  if (present.length === 0) return { ...hasBasicReduction({ current: null, baseline: null }), codes, current: null, baseline: null, source: "NONE" };
  const now = current.reduce((s, m) => s + byKey.get(key(m.year, m.month))!, 0);
  const before = present.reduce((s, c) => s + figures.get(c)!, 0);
  return { ...hasBasicReduction({ current: now, baseline: before, minReductionPercent: config.minPercent }), codes, current: now, baseline: before, source: "PROPOSAL" };
}
