// Programme targets (domain.md §6; seed 002 mục I.1):
// "Hằng năm, tổ chức chuyển hóa thành công ít nhất 60% tổng số địa bàn được lựa chọn chuyển hóa" and
// "ít nhất 85% các địa bàn đã chuyển hóa thành công không phức tạp trở lại sau chuyển hóa".
// Each KPI returns the communes behind its numerator and denominator so the figure can be audited.
import type { Verdict } from "./types";
import { PERCENT_EPSILON } from "./indicator-math";

export const DEFAULT_PASS_RATE_TARGET = 60;
export const DEFAULT_NO_RELAPSE_TARGET = 85;

/** One commune selected in one programme year. */
export interface ProgrammeOutcome {
  communeId: string;
  year: number;
  /** null = verdict not yet given. */
  verdict: Verdict | null;
  /** A relapse ("tái phức tạp") was recorded after this pass. Ignored unless verdict is PASSED. */
  relapsed: boolean;
}

export interface CommuneYearRef {
  communeId: string;
  year: number;
}

/** A single year, or all years up to (and including) `upToYear`, optionally from `fromYear`. */
export type KpiScope = { year: number } | { upToYear: number; fromYear?: number };

export interface KpiResult {
  target: number;
  /** null when the denominator is empty. */
  percent: number | null;
  /**
   * null when it cannot be told yet: empty denominator, or pending verdicts that could still swing it.
   */
  targetMet: boolean | null;
  numerator: CommuneYearRef[];
  denominator: CommuneYearRef[];
  /** Selected communes without a verdict yet (counted in the denominator of the pass rate). */
  pending: CommuneYearRef[];
}

function inScope(year: number, scope: KpiScope): boolean {
  if ("year" in scope) return year === scope.year;
  return year <= scope.upToYear && (scope.fromYear === undefined || year >= scope.fromYear);
}

/** In-scope outcomes, one per (commune, year) — a later row for the same pair replaces an earlier one. */
function scoped(outcomes: readonly ProgrammeOutcome[], scope: KpiScope): ProgrammeOutcome[] {
  const byKey = new Map<string, ProgrammeOutcome>();
  for (const outcome of outcomes)
    if (inScope(outcome.year, scope)) byKey.set(`${outcome.year}\u0000${outcome.communeId}`, outcome);
  return [...byKey.values()].sort((a, b) => a.year - b.year || a.communeId.localeCompare(b.communeId));
}

const ref = (o: ProgrammeOutcome): CommuneYearRef => ({ communeId: o.communeId, year: o.year });
const meets = (num: number, den: number, target: number): boolean => (num * 100) / den >= target - PERCENT_EPSILON;

/**
 * Share of selected communes that passed. Cumulative scopes count commune-years: a commune that failed
 * in 2022 and passed in 2023 is two selections and one pass.
 */
export function passRateKpi(
  outcomes: readonly ProgrammeOutcome[],
  scope: KpiScope,
  target = DEFAULT_PASS_RATE_TARGET,
): KpiResult {
  const rows = scoped(outcomes, scope);
  const denominator = rows.map(ref);
  const numerator = rows.filter((o) => o.verdict === "PASSED").map(ref);
  const pending = rows.filter((o) => o.verdict === null).map(ref);
  const den = denominator.length;
  if (den === 0) return { target, percent: null, targetMet: null, numerator, denominator, pending };
  const ifAllPendingFail = meets(numerator.length, den, target);
  const ifAllPendingPass = meets(numerator.length + pending.length, den, target);
  return {
    target,
    percent: (numerator.length * 100) / den,
    targetMet: ifAllPendingFail === ifAllPendingPass ? ifAllPendingFail : null,
    numerator,
    denominator,
    pending,
  };
}

/** Share of passed communes (by the year they passed) with no relapse recorded. */
export function noRelapseKpi(
  outcomes: readonly ProgrammeOutcome[],
  scope: KpiScope,
  target = DEFAULT_NO_RELAPSE_TARGET,
): KpiResult {
  const passed = scoped(outcomes, scope).filter((o) => o.verdict === "PASSED");
  const denominator = passed.map(ref);
  const numerator = passed.filter((o) => !o.relapsed).map(ref);
  const den = denominator.length;
  if (den === 0) return { target, percent: null, targetMet: null, numerator, denominator, pending: [] };
  return {
    target,
    percent: (numerator.length * 100) / den,
    targetMet: meets(numerator.length, den, target),
    numerator,
    denominator,
    pending: [],
  };
}

export interface ProgrammeKpis {
  year: { passRate: KpiResult; noRelapse: KpiResult };
  /** All years up to and including `year`. */
  cumulative: { passRate: KpiResult; noRelapse: KpiResult };
}

/** Both KPIs for `year` and cumulatively up to `year`. */
export function programmeKpis(
  outcomes: readonly ProgrammeOutcome[],
  year: number,
  targets: { passRate?: number; noRelapse?: number } = {},
): ProgrammeKpis {
  const pr = targets.passRate ?? DEFAULT_PASS_RATE_TARGET;
  const nr = targets.noRelapse ?? DEFAULT_NO_RELAPSE_TARGET;
  return {
    year: { passRate: passRateKpi(outcomes, { year }, pr), noRelapse: noRelapseKpi(outcomes, { year }, nr) },
    cumulative: {
      passRate: passRateKpi(outcomes, { upToYear: year }, pr),
      noRelapse: noRelapseKpi(outcomes, { upToYear: year }, nr),
    },
  };
}

/** Distinct commune ids of a list of refs, in order. */
export function communeIdsOf(refs: readonly CommuneYearRef[]): string[] {
  return [...new Set(refs.map((r) => r.communeId))];
}
