import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/access";
import { monthsOfPeriod } from "@/lib/domain/period";
import { programmeKpis } from "@/lib/domain/programme-kpis";
import { VERDICT_LABELS, HOTSPOT_TYPE_LABELS, type HotspotType } from "@/lib/domain/types";
import { resolveViewUnit, childUnits } from "@/lib/server/dashboards/view-unit";
import { loadProgrammes, loadSelectionOutcomes } from "@/lib/server/dashboards/programme-status";
import { codesNeeded, loadCatalogue, loadSums, targetIndicators, valueOf, yyyymm } from "@/lib/server/dashboards/indicator-sums";
import { elapsedMonths } from "@/lib/server/dashboards/filters";
import { loadReductions, reductionCodes } from "@/lib/server/dashboards/comparable-sums";
import { documentHeader, keyFigures } from "./common";
import { appNow } from "@/lib/clock";

async function selectionDetails(selectionIds: string[]) {
  if (selectionIds.length === 0) return { hotspots: new Map<string, HotspotType[]>(), reviews: [] as { selectionId: string; kind: string; status: string; shortcomings: string; results: string; offTrack: boolean }[], verdicts: [] as { selectionId: string; verdict: string | null; recommendation: string; decisionNumber: string | null; decisionDate: Date | null; isOverride: boolean; stage: string }[] };
  const [sel, reviews, verdicts] = await Promise.all([
    db.selection.findMany({ where: { id: { in: selectionIds } }, select: { id: true, hotspotTypes: true } }),
    db.communeReview.findMany({ where: { selectionId: { in: selectionIds } }, select: { selectionId: true, kind: true, status: true, shortcomings: true, results: true, offTrack: true } }),
    db.communeVerdict.findMany({ where: { selectionId: { in: selectionIds } }, select: { selectionId: true, verdict: true, recommendation: true, decisionNumber: true, decisionDate: true, isOverride: true, stage: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
  ]);
  return { hotspots: new Map(sel.map((s) => [s.id, s.hotspotTypes as HotspotType[]])), reviews, verdicts };
}

/**
 * Báo cáo sơ kết 6 tháng (seed 000: "Định kỳ 6 tháng sơ kết"): the 6-month focus period from the
 * programme's start month; each selected commune with its interim review and indicators achieved.
 */
export async function getInterimReport(actor: Actor, unitId: string | null, year: number, now = appNow()) {
  assertCan(actor, "report.view");
  const unit = await resolveViewUnit(actor, unitId);
  const programmes = unit.provinceId ? await loadProgrammes([unit.provinceId], year) : [];
  const focus = programmes[0]?.focusStartMonth ?? 3;
  const months = elapsedMonths({ kind: "SIX_MONTHS", year, startMonth: focus }, now);
  const [header, outcomes, children] = await Promise.all([documentHeader(unit, "BC-BCĐ", now), loadSelectionOutcomes(unit.id, year, year), unit.level === "NATION" ? childUnits(unit.id, year) : Promise.resolve([])]);
  const details = await selectionDetails(outcomes.map((o) => o.selectionId));
  const all = await loadCatalogue(unit.provinceId, yyyymm(months[months.length - 1]!));
  const targets = targetIndicators(all);
  const byCode = new Map(all.map((d) => [d.code, d]));
  const communeIds = outcomes.map((o) => o.communeId);
  const [sums, reductions] = await Promise.all([
    loadSums(communeIds, [{ key: "cur", months }], codesNeeded(targets)),
    loadReductions(communeIds, months, year, reductionCodes(targets)),
  ]);
  const figures = await keyFigures(unit, months, unit.level === "NATION" ? children.map((c) => c.id) : undefined);
  const threshold = programmes[0]?.passThresholdPercent ?? 80;
  const communes = outcomes.map((outcome) => {
    const vals = targets.map((d) => valueOf(d, sums.get(outcome.communeId), "cur", byCode, reductions.get(outcome.communeId)));
    const evaluated = vals.filter((v) => v.achieved !== null).length;
    const achieved = vals.filter((v) => v.achieved === true).length;
    const review = details.reviews.find((r) => r.selectionId === outcome.selectionId && r.kind === "INTERIM");
    return {
      communeName: outcome.communeName,
      hotspots: (details.hotspots.get(outcome.selectionId) ?? []).map((h) => HOTSPOT_TYPE_LABELS[h]).join(", "),
      reviewStatus: review?.status ?? null,
      offTrack: review?.offTrack ?? false,
      shortcomings: review?.shortcomings ?? "",
      achieved,
      evaluated,
      share: evaluated ? (achieved * 100) / evaluated : null,
      onTrack: evaluated ? (achieved * 100) / evaluated >= threshold && !(review?.offTrack ?? false) : null,
    };
  });
  return { kind: "interim" as const, unit, header, year, months, threshold, communes, figures, reviewed: communes.filter((c) => c.reviewStatus === "ACCEPTED").length };
}
export type InterimReport = Awaited<ReturnType<typeof getInterimReport>>;

/** Báo cáo tổng kết năm: figures of the year, the verdict per commune, the programme's targets. */
export async function getYearEndReport(actor: Actor, unitId: string | null, year: number, now = appNow()) {
  assertCan(actor, "report.view");
  const unit = await resolveViewUnit(actor, unitId);
  const months = monthsOfPeriod({ kind: "YEAR", year }).filter((m) => m.year * 12 + m.month <= year * 12 + 12);
  const [header, outcomes, children] = await Promise.all([documentHeader(unit, "BC-BCĐ", now), loadSelectionOutcomes(unit.id, year), unit.level === "NATION" ? childUnits(unit.id, year) : Promise.resolve([])]);
  const thisYear = outcomes.filter((o) => o.year === year);
  const details = await selectionDetails(thisYear.map((o) => o.selectionId));
  const figures = await keyFigures(unit, elapsedMonths({ kind: "YEAR", year }, now), unit.level === "NATION" ? children.map((c) => c.id) : undefined);
  const kpis = programmeKpis(outcomes.map((o) => ({ communeId: o.communeId, year: o.year, verdict: o.verdict, relapsed: o.relapsed })), year);
  const communes = thisYear.map((outcome) => {
    const verdict = details.verdicts.filter((x) => x.selectionId === outcome.selectionId && x.stage === "ISSUED").at(-1);
    const proposal = details.verdicts.filter((x) => x.selectionId === outcome.selectionId).at(-1);
    return {
      communeName: outcome.communeName,
      hotspots: (details.hotspots.get(outcome.selectionId) ?? []).map((h) => HOTSPOT_TYPE_LABELS[h]).join(", "),
      verdict: outcome.verdict,
      verdictLabel: outcome.verdict ? VERDICT_LABELS[outcome.verdict] : "Chưa có kết luận",
      recommendation: proposal ? VERDICT_LABELS[proposal.recommendation as "PASSED"] : "",
      decision: verdict?.decisionNumber ? `${verdict.decisionNumber}${verdict.decisionDate ? ` ngày ${verdict.decisionDate.toISOString().slice(8, 10)}/${verdict.decisionDate.toISOString().slice(5, 7)}/${verdict.decisionDate.getUTCFullYear()}` : ""}` : "",
      isOverride: verdict?.isOverride ?? false,
      relapsed: outcome.relapsed,
    };
  });
  return {
    kind: "year-end" as const,
    unit,
    header,
    year,
    months,
    communes,
    figures,
    kpis: {
      passRate: { percent: kpis.year.passRate.percent, num: kpis.year.passRate.numerator.length, den: kpis.year.passRate.denominator.length, target: kpis.year.passRate.target, met: kpis.year.passRate.targetMet },
      noRelapse: { percent: kpis.cumulative.noRelapse.percent, num: kpis.cumulative.noRelapse.numerator.length, den: kpis.cumulative.noRelapse.denominator.length, target: kpis.cumulative.noRelapse.target, met: kpis.cumulative.noRelapse.targetMet },
    },
    passed: communes.filter((c) => c.verdict === "PASSED").length,
    notPassed: communes.filter((c) => c.verdict === "NOT_PASSED").length,
  };
}
export type YearEndReport = Awaited<ReturnType<typeof getYearEndReport>>;
