import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/access";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { resolveViewUnit, childUnits } from "@/lib/server/dashboards/view-unit";
import { loadProgrammes, loadSelectionOutcomes } from "@/lib/server/dashboards/programme-status";
import {
  codesNeeded,
  loadCatalogue,
  loadSums,
  targetIndicators,
  valueOf,
  yyyymm,
} from "@/lib/server/dashboards/indicator-sums";
import { elapsedMonths } from "@/lib/server/dashboards/filters";
import { loadReductions, reductionCodes } from "@/lib/server/dashboards/comparable-sums";
import { documentHeader, keyFigures } from "./common";
import { appNow } from "@/lib/clock";
import { selectionDetails } from "./selection-details";

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
  const [header, outcomes, children] = await Promise.all([
    documentHeader(unit, "BC-BCĐ", now),
    loadSelectionOutcomes(unit.id, year, year),
    unit.level === "NATION" ? childUnits(unit.id, year) : Promise.resolve([]),
  ]);
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
    const vals = targets.map((d) =>
      valueOf(d, sums.get(outcome.communeId), "cur", byCode, reductions.get(outcome.communeId)),
    );
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
  return {
    kind: "interim" as const,
    unit,
    header,
    year,
    months,
    threshold,
    communes,
    figures,
    reviewed: communes.filter((c) => c.reviewStatus === "ACCEPTED").length,
  };
}

export type InterimReport = Awaited<ReturnType<typeof getInterimReport>>;
