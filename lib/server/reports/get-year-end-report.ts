import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/access";
import { monthsOfPeriod } from "@/lib/domain/period";
import { programmeKpis } from "@/lib/domain/programme-kpis";
import { VERDICT_LABELS, HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { resolveViewUnit, childUnits } from "@/lib/server/dashboards/view-unit";
import { loadSelectionOutcomes } from "@/lib/server/dashboards/programme-status";
import { elapsedMonths } from "@/lib/server/dashboards/filters";
import { documentHeader, keyFigures } from "./common";
import { appNow } from "@/lib/clock";
import { selectionDetails } from "./selection-details";

/** Báo cáo tổng kết năm: figures of the year, the verdict per commune, the programme's targets. */
export async function getYearEndReport(actor: Actor, unitId: string | null, year: number, now = appNow()) {
  assertCan(actor, "report.view");
  const unit = await resolveViewUnit(actor, unitId);
  const months = monthsOfPeriod({ kind: "YEAR", year }).filter((m) => m.year * 12 + m.month <= year * 12 + 12);
  const [header, outcomes, children] = await Promise.all([
    documentHeader(unit, "BC-BCĐ", now),
    loadSelectionOutcomes(unit.id, year),
    unit.level === "NATION" ? childUnits(unit.id, year) : Promise.resolve([]),
  ]);
  const thisYear = outcomes.filter((o) => o.year === year);
  const details = await selectionDetails(thisYear.map((o) => o.selectionId));
  const figures = await keyFigures(
    unit,
    elapsedMonths({ kind: "YEAR", year }, now),
    unit.level === "NATION" ? children.map((c) => c.id) : undefined,
  );
  const kpis = programmeKpis(
    outcomes.map((o) => ({ communeId: o.communeId, year: o.year, verdict: o.verdict, relapsed: o.relapsed })),
    year,
  );
  const communes = thisYear.map((outcome) => {
    const issued = details.verdicts.filter((x) => x.selectionId === outcome.selectionId && x.stage === "ISSUED").at(-1);
    const proposal = details.verdicts.filter((x) => x.selectionId === outcome.selectionId).at(-1);
    return {
      communeName: outcome.communeName,
      hotspots: (details.hotspots.get(outcome.selectionId) ?? []).map((h) => HOTSPOT_TYPE_LABELS[h]).join(", "),
      verdict: outcome.verdict,
      verdictLabel: outcome.verdict ? VERDICT_LABELS[outcome.verdict] : "Chưa có kết luận",
      recommendation: proposal ? VERDICT_LABELS[proposal.recommendation as "PASSED"] : "",
      decision: issued?.decisionNumber
        ? `${issued.decisionNumber}${issued.decisionDate ? ` ngày ${issued.decisionDate.toISOString().slice(8, 10)}/${issued.decisionDate.toISOString().slice(5, 7)}/${issued.decisionDate.getUTCFullYear()}` : ""}`
        : "",
      isOverride: issued?.isOverride ?? false,
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
      passRate: {
        percent: kpis.year.passRate.percent,
        num: kpis.year.passRate.numerator.length,
        den: kpis.year.passRate.denominator.length,
        target: kpis.year.passRate.target,
        met: kpis.year.passRate.targetMet,
      },
      noRelapse: {
        percent: kpis.cumulative.noRelapse.percent,
        num: kpis.cumulative.noRelapse.numerator.length,
        den: kpis.cumulative.noRelapse.denominator.length,
        target: kpis.cumulative.noRelapse.target,
        met: kpis.cumulative.noRelapse.targetMet,
      },
    },
    passed: communes.filter((c) => c.verdict === "PASSED").length,
    notPassed: communes.filter((c) => c.verdict === "NOT_PASSED").length,
  };
}

export type YearEndReport = Awaited<ReturnType<typeof getYearEndReport>>;
