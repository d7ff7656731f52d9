// No "server-only" marker: a pure read over the client it is given, reused by the demo seed (plain Node).
import type { Db } from "@/lib/prisma-client";
import type { Tx } from "@/lib/db";
import { computeRecommendation, type Recommendation, type RecommendationReason } from "@/lib/domain/pass-rule";
import type { HotspotType } from "@/lib/domain/types";
import { computeScorecard, type Scorecard } from "@/lib/server/scorecard/compute-scorecard";
import { computeCrimeReduction, type CrimeReduction } from "@/lib/server/scorecard/crime-reduction";
import { reviewPeriod } from "@/lib/server/scorecard/periods";

export type CriterionRow = {
  id: string;
  code: string;
  name: string;
  hotspotType: HotspotType | null;
  met: boolean | null;
  note: string | null;
};

export type VerdictAssessment = {
  scorecard: Scorecard;
  crime: CrimeReduction;
  newComplexity: boolean | null;
  criteria: CriterionRow[];
  result: Recommendation;
};

type SelectionForAssessment = {
  id: string;
  hotspotTypes: HotspotType[];
  programme: {
    provinceId: string;
    year: number;
    focusStart: Date;
    passThresholdPercent: unknown;
    crimeReductionCodes: string[];
    crimeReductionMinPercent: unknown;
  };
};

/**
 * The computed recommendation of the year-end verdict (lib/domain/pass-rule.ts, domain.md §5): the year-end
 * scorecard (applicable result indicators), the configured crime reduction, the district's answer on new
 * complexity (CommuneReview YEAR_END) and the province's general and type-specific criteria (VerdictCriterion
 * with CriterionAnswer). Every reason is listed, indicator by indicator.
 */
export async function assessVerdict(client: Db | Tx, selection: SelectionForAssessment): Promise<VerdictAssessment> {
  const period = reviewPeriod(selection.programme, "YEAR_END");
  const [scorecard, crime, review, criteria, answers] = await Promise.all([
    computeScorecard(client, selection.id, period),
    computeCrimeReduction(client, selection.id, period, {
      codes: selection.programme.crimeReductionCodes,
      minPercent: Number(selection.programme.crimeReductionMinPercent),
    }),
    client.communeReview.findUnique({
      where: { selectionId_kind: { selectionId: selection.id, kind: "YEAR_END" } },
      select: { newComplexity: true },
    }),
    client.verdictCriterion.findMany({
      where: {
        provinceId: selection.programme.provinceId,
        isActive: true,
        OR: [{ hotspotType: null }, { hotspotType: { in: selection.hotspotTypes } }],
      },
      select: { id: true, code: true, name: true, hotspotType: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    client.criterionAnswer.findMany({
      where: { selectionId: selection.id },
      select: { criterionId: true, met: true, note: true },
    }),
  ]);
  const answerOf = new Map(answers.map((a) => [a.criterionId, a]));
  const rows: CriterionRow[] = criteria.map((c) => ({
    ...c,
    met: answerOf.get(c.id)?.met ?? null,
    note: answerOf.get(c.id)?.note ?? null,
  }));
  const newComplexity = review?.newComplexity ?? null;
  const result = computeRecommendation({
    indicators: scorecard.rows
      .filter((r) => r.applicable)
      .map((r) => ({ code: r.code, name: r.name, target: r.target?.label, achieved: r.achieved })),
    thresholdPercent: Number(selection.programme.passThresholdPercent),
    crimeDecreased: crime.reduced,
    newComplexityEmerged: newComplexity,
    generalCriteria: rows
      .filter((c) => c.hotspotType === null)
      .map((c) => ({ code: c.code, name: c.name, met: c.met })),
    typeCriteria: rows
      .filter((c) => c.hotspotType !== null)
      .map((c) => ({ type: c.hotspotType!, code: c.code, name: c.name, met: c.met })),
    hotspotTypes: selection.hotspotTypes,
  });
  // The crime reason carries the figures behind it (which counts, compared with what).
  result.reasons = result.reasons.map((r): RecommendationReason =>
    r.code.startsWith("CRIME_") ? { ...r, message: `${r.message} ${crime.message}` } : r,
  );
  return { scorecard, crime, newComplexity, criteria: rows, result };
}

/** Reasons that made the recommendation fail (for carry-over proposals and summaries). */
export function failingReasons(reasons: readonly RecommendationReason[]): string[] {
  return reasons.filter((r) => !r.ok).map((r) => r.message);
}
