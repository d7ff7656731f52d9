import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { appNow } from "@/lib/clock";
import { elapsedMonths } from "@/lib/server/dashboards/filters";
import { loadSelectionOutcomes } from "@/lib/server/dashboards/programme-status";
import { resolveViewUnit } from "@/lib/server/dashboards/view-unit";
import { keyFigures } from "@/lib/server/reports/common";

/**
 * Issue #18 §3, "figures where it has them": a district committee's figures of `year` for its yearly report, from
 * the code of the dashboards and official reports (no second way of summing): its key indicators over the year's
 * elapsed months against the same months last year (`keyFigures`: accepted figures only, like with like, with
 * coverage) and its selected communes of the year with their plan, interim review and verdict
 * (`loadSelectionOutcomes`).
 * An agency keeps no figures: null. Plain JSON, stored with the report at submission.
 */
export async function reporterFigures(actor: Actor, year: number, now = appNow()) {
  if (actor.role === "AGENCY_MEMBER") return null;
  const unit = await resolveViewUnit(actor, actor.unitId);
  const [indicators, outcomes] = await Promise.all([
    keyFigures(unit, elapsedMonths({ kind: "YEAR", year }, now)),
    loadSelectionOutcomes(unit.id, year, year),
  ]);
  const communes = outcomes.map(({ communeName, hasPlan, interimAccepted, offTrack, verdict, relapsed }) => ({
    communeName,
    hasPlan,
    interimAccepted,
    offTrack,
    verdict,
    relapsed,
  }));
  return { indicators, communes };
}

export type ReporterFigures = NonNullable<Awaited<ReturnType<typeof reporterFigures>>>;
