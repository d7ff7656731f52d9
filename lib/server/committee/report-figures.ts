import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { FUNDING_SOURCES } from "@/lib/domain/funding";
import { getProgrammeKpis } from "@/lib/server/verdicts/get-programme-kpis";
import { fundingTotalsForYear } from "./funding-totals";

/**
 * The KPIs (seed 002 mục I.1: 60 % pass, 85 % no relapse) and funding totals (đồng, as decimal strings) a province's
 * year-end report carries, computed by the KPI and funding code of the pages, as plain JSON for the report row.
 */
export async function provinceReportFigures(actor: Actor, year: number) {
  const [kpis, funding] = await Promise.all([getProgrammeKpis(actor, year), fundingTotalsForYear(actor, year)]);
  const kpi = (x: typeof kpis.year.passRate) => ({
    percent: x.percent,
    target: x.target,
    targetMet: x.targetMet,
    numerator: x.numerator.length,
    denominator: x.denominator.length,
  });
  const amounts = (a: { planned: bigint; spent: bigint }) => ({ planned: String(a.planned), spent: String(a.spent) });
  return {
    kpis: {
      year: { passRate: kpi(kpis.year.passRate), noRelapse: kpi(kpis.year.noRelapse) },
      cumulative: { passRate: kpi(kpis.cumulative.passRate), noRelapse: kpi(kpis.cumulative.noRelapse) },
    },
    funding: {
      communes: funding.communes,
      total: amounts(funding.total),
      bySource: Object.fromEntries(FUNDING_SOURCES.map((src) => [src, amounts(funding.bySource[src])])),
    },
  };
}

export type ReportFigures = Awaited<ReturnType<typeof provinceReportFigures>>;

/** The columns of a province report the pages show. */
export const provinceReportSelect = {
  id: true,
  results: true,
  difficulties: true,
  proposals: true,
  kpis: true,
  funding: true,
  status: true,
  submittedAt: true,
  decidedAt: true,
  returnReason: true,
  version: true,
} as const;
