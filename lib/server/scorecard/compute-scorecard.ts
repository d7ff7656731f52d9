// No "server-only" marker: a pure read over the client it is given, reused by the demo seed (plain Node).
import type { Db } from "@/lib/prisma-client";
import type { Tx } from "@/lib/db";
import { isTargetAchieved, ratioPercent, reductionPercent, type Comparator } from "@/lib/domain/indicator-math";
import { monthsOfPeriod, sameMonthsLastYear, periodLabel, type Period } from "@/lib/domain/period";
import type { YearMonth } from "@/lib/domain/types";
import { formatNumberVi, formatPercentVi } from "@/lib/domain/format-vi";
import type { IndicatorAggregation, IndicatorKind } from "@/lib/generated/prisma/enums";

/**
 * The scorecard of a selected commune for a period (domain.md §5; issue #5): every result indicator of the
 * province's catalogue (isResultIndicator) with its target, the value computed from ACCEPTED monthly figures
 * only, whether the target is achieved, and the baseline from the proposal figures (the survey before selection).
 *
 * Computation per kind:
 * - COUNT: SUM = sum of the months; LAST = latest month with a value (stocks: persons, models, households).
 * - RATIO: numerator and denominator aggregated each by its own aggregation over the period, then
 *   Σnum × 100 / Σden (never a mean of monthly percentages). Σden = 0 → "không phát sinh" (not applicable).
 * - REDUCTION: the base count over the months that have accepted figures, vs the same months of the previous
 *   year (reductionPercent). Both zero = held at zero (achieved); no accepted figures last year → missing.
 * - BOOLEAN: LAST = latest month (SUM = "yes" in any month); compared as 1/0 with the target.
 * A null value means data missing (the pass rule counts it as not achieved).
 *
 * Pure read: takes the client (db or a transaction) so that issue #6 dashboards and the verdict transaction reuse it.
 */

type Client = Db | Tx;

export type ScorecardTarget = { comparator: Comparator; value: number; label: string };

export type ScorecardRow = {
  code: string;
  name: string;
  kind: IndicatorKind;
  unitLabel: string;
  target: ScorecardTarget | null;
  /** Number (percent for RATIO/REDUCTION, count, or 1/0 for BOOLEAN); null = missing or not applicable. */
  value: number | null;
  valueLabel: string;
  /** null = data missing (or not applicable). */
  achieved: boolean | null;
  /** false when the indicator had nothing to measure in the period (e.g. no crime → no clearance rate). */
  applicable: boolean;
  /** Same measure computed from the proposal figures (before selection); null when not in the proposal. */
  baseline: number | null;
  baselineLabel: string;
  /** Extra explanation, e.g. "12/15" for a ratio or the months compared for a reduction. */
  detail: string;
};

export type Scorecard = {
  selectionId: string;
  communeId: string;
  provinceId: string;
  period: Period;
  periodLabel: string;
  months: YearMonth[];
  /** Months of the period with an ACCEPTED commune report. */
  acceptedMonths: YearMonth[];
  rows: ScorecardRow[];
  /** Applicable rows only. */
  achievedCount: number;
  totalCount: number;
  achievedShare: number | null;
};

const CMP_SIGN: Record<Comparator, string> = { GTE: "≥", LTE: "≤", EQ: "=", GT: ">", LT: "<" };

function targetLabel(kind: IndicatorKind, comparator: Comparator, value: number, unitLabel: string): string {
  if (kind === "BOOLEAN") return value === 0 ? "Không" : "Có";
  if (kind === "RATIO" || kind === "REDUCTION") return `${CMP_SIGN[comparator]} ${formatPercentVi(value)}`;
  return `${CMP_SIGN[comparator]} ${formatNumberVi(value)}${unitLabel ? ` ${unitLabel}` : ""}`;
}

function valueLabel(kind: IndicatorKind, value: number | null, unitLabel: string): string {
  if (value === null) return "—";
  if (kind === "BOOLEAN") return value ? "Có" : "Không";
  if (kind === "RATIO" || kind === "REDUCTION") return formatPercentVi(value);
  return `${formatNumberVi(value)}${unitLabel ? ` ${unitLabel}` : ""}`;
}

/** Flattens Proposal.figures (flat `{ code: n }` or grouped `{ GROUP: { code: n } }`) into code → number. */
export function flattenFigures(figures: unknown): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object" || Array.isArray(node)) return;
    for (const [key, entryValue] of Object.entries(node as Record<string, unknown>)) {
      if (typeof entryValue === "number" && Number.isFinite(entryValue)) out.set(key, entryValue);
      else if (typeof entryValue === "boolean") out.set(key, entryValue ? 1 : 0);
      else if (entryValue && typeof entryValue === "object" && "present" in (entryValue as object))
        out.set(key, (entryValue as { present?: boolean }).present ? 1 : 0);
      else if (
        entryValue &&
        typeof entryValue === "object" &&
        "value" in (entryValue as object) &&
        typeof (entryValue as { value?: unknown }).value === "number"
      )
        out.set(key, (entryValue as { value: number }).value);
      else walk(entryValue);
    }
  };
  walk(figures);
  return out;
}

const ymKey = (y: number, m: number) => y * 100 + m;

type MonthValue = { period: number; num: number | null; bool: boolean | null };

/** Aggregates the monthly values of one indicator over the given months (keys yyyymm). */
function aggregate(
  values: MonthValue[] | undefined,
  months: Set<number>,
  aggregation: IndicatorAggregation,
  kind: IndicatorKind,
): number | null {
  const rows = (values ?? []).filter((v) => months.has(v.period));
  const numeric = rows
    .map((v) => (kind === "BOOLEAN" ? (v.bool === null ? null : v.bool ? 1 : 0) : v.num))
    .map((n, i) => ({ n, period: rows[i]!.period }))
    .filter((x): x is { n: number; period: number } => x.n !== null);
  if (numeric.length === 0) return null;
  if (aggregation === "LAST") return numeric.reduce((a, b) => (b.period > a.period ? b : a)).n;
  if (kind === "BOOLEAN") return numeric.some((x) => x.n === 1) ? 1 : 0;
  return numeric.reduce((s, x) => s + x.n, 0);
}

export async function computeScorecard(client: Client, selectionId: string, period: Period): Promise<Scorecard> {
  const selection = await client.selection.findUniqueOrThrow({
    where: { id: selectionId },
    select: {
      id: true,
      communeId: true,
      proposalId: true,
      programmeId: true,
      programme: { select: { provinceId: true } },
    },
  });
  const provinceId = selection.programme.provinceId;
  const months = monthsOfPeriod(period);
  const lastMonths = sameMonthsLastYear(months);
  const endPeriod = ymKey(months.at(-1)!.year, months.at(-1)!.month);

  const [indicators, reports, proposal] = await Promise.all([
    client.indicator.findMany({
      where: { provinceId },
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        unitLabel: true,
        aggregation: true,
        lowerIsBetter: true,
        targetComparator: true,
        targetValue: true,
        numeratorId: true,
        denominatorId: true,
        isResultIndicator: true,
        validFromPeriod: true,
        validToPeriod: true,
        sortOrder: true,
      },
      orderBy: [{ sortOrder: "asc" }, { validFromPeriod: "desc" }],
    }),
    client.monthlyReport.findMany({
      where: {
        communeId: selection.communeId,
        status: "ACCEPTED",
        OR: [...months, ...lastMonths].map((m) => ({ year: m.year, month: m.month })),
      },
      select: { year: true, month: true, values: { select: { indicatorId: true, numValue: true, boolValue: true } } },
    }),
    selection.proposalId
      ? client.proposal.findUnique({ where: { id: selection.proposalId }, select: { figures: true } })
      : client.proposal.findFirst({
          where: { communeId: selection.communeId, programmeId: selection.programmeId },
          select: { figures: true },
        }),
  ]);
  const figures = flattenFigures(proposal?.figures ?? {});

  // Every version of an indicator code shares its values (a definition edit creates a new row for later periods).
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
  const byCode = new Map<string, MonthValue[]>();
  for (const report of reports) {
    for (const reportValue of report.values) {
      const code = codeOf.get(reportValue.indicatorId);
      if (!code) continue;
      const list = byCode.get(code) ?? [];
      list.push({ period: ymKey(report.year, report.month), num: reportValue.numValue, bool: reportValue.boolValue });
      byCode.set(code, list);
    }
  }
  const currentKeys = new Set(months.map((m) => ymKey(m.year, m.month)));
  const acceptedKeys = new Set(reports.map((r) => ymKey(r.year, r.month)).filter((k) => currentKeys.has(k)));
  const acceptedMonths = months.filter((m) => acceptedKeys.has(ymKey(m.year, m.month)));
  const lastYearAccepted = new Set(reports.map((r) => ymKey(r.year, r.month)).filter((k) => !currentKeys.has(k)));

  // The definition of each code valid at the end of the period.
  const current = new Map<string, (typeof indicators)[number]>();
  for (const indicatorDefinition of indicators) {
    if (
      indicatorDefinition.validFromPeriod > endPeriod ||
      (indicatorDefinition.validToPeriod !== null && indicatorDefinition.validToPeriod < endPeriod)
    )
      continue;
    if (!current.has(indicatorDefinition.code)) current.set(indicatorDefinition.code, indicatorDefinition);
  }
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const agg = (id: string | null, keys: Set<number>) => {
    const ind = id ? byId.get(id) : undefined;
    return ind ? aggregate(byCode.get(ind.code), keys, ind.aggregation, ind.kind) : null;
  };

  const rows: ScorecardRow[] = [];
  for (const ind of current.values()) {
    if (!ind.isResultIndicator || ind.kind === "TEXT") continue;
    const comparator = (ind.targetComparator ?? (ind.lowerIsBetter ? "LTE" : "GTE")) as Comparator;
    const target =
      ind.targetValue !== null
        ? {
            comparator,
            value: Number(ind.targetValue),
            label: targetLabel(ind.kind, comparator, Number(ind.targetValue), ind.unitLabel),
          }
        : null;
    let value: number | null = null;
    let applicable = true;
    let achievedOverride: boolean | null | undefined;
    let detail = "";
    let baseline: number | null = null;
    switch (ind.kind) {
      case "COUNT":
      case "BOOLEAN":
        value = aggregate(byCode.get(ind.code), acceptedKeys, ind.aggregation, ind.kind);
        baseline = figures.get(ind.code) ?? null;
        break;
      case "RATIO": {
        const num = agg(ind.numeratorId, acceptedKeys);
        const den = agg(ind.denominatorId, acceptedKeys);
        if (num !== null && den !== null) {
          value = ratioPercent(num, den);
          detail = `${formatNumberVi(num)}/${formatNumberVi(den)}`;
          if (den === 0) {
            applicable = false;
            detail = "Không phát sinh trong kỳ";
          }
        }
        const numCode = ind.numeratorId ? byId.get(ind.numeratorId)?.code : undefined;
        const denCode = ind.denominatorId ? byId.get(ind.denominatorId)?.code : undefined;
        const bNum = numCode ? figures.get(numCode) : undefined;
        const bDen = denCode ? figures.get(denCode) : undefined;
        baseline =
          figures.get(ind.code) ?? (bNum !== undefined && bDen !== undefined ? ratioPercent(bNum, bDen) : null);
        break;
      }
      case "REDUCTION": {
        // Only the months with accepted figures this year, against the same months of last year.
        const compared = acceptedMonths.filter((m) => lastYearAccepted.has(ymKey(m.year - 1, m.month)));
        const now = agg(ind.numeratorId, new Set(compared.map((m) => ymKey(m.year, m.month))));
        const before = agg(ind.numeratorId, new Set(compared.map((m) => ymKey(m.year - 1, m.month))));
        if (compared.length > 0 && now !== null && before !== null) {
          detail = `${formatNumberVi(now)} so với ${formatNumberVi(before)} cùng kỳ (${compared.length} tháng)`;
          if (before === 0) {
            achievedOverride = now === 0;
            detail =
              now === 0
                ? "Cùng kỳ và kỳ này đều không xảy ra vụ việc"
                : `Tăng từ 0 lên ${formatNumberVi(now)} vụ so với cùng kỳ`;
          } else value = reductionPercent(now, before);
        }
        const baseCode = ind.numeratorId ? byId.get(ind.numeratorId)?.code : undefined;
        baseline = baseCode ? (figures.get(baseCode) ?? null) : null;
        break;
      }
    }
    const achieved = !applicable
      ? null
      : achievedOverride !== undefined
        ? achievedOverride
        : target
          ? isTargetAchieved({ value, target: target.value, comparator })
          : null;
    const baselineKind = ind.kind === "REDUCTION" ? "COUNT" : ind.kind;
    rows.push({
      code: ind.code,
      name: ind.name,
      kind: ind.kind,
      unitLabel: ind.unitLabel,
      target,
      value,
      valueLabel: applicable ? valueLabel(ind.kind, value, ind.unitLabel) : "—",
      achieved,
      applicable,
      baseline,
      baselineLabel:
        baseline === null ? "—" : valueLabel(baselineKind, baseline, ind.kind === "REDUCTION" ? "vụ" : ind.unitLabel),
      detail,
    });
  }
  const counted = rows.filter((r) => r.applicable);
  const achievedCount = counted.filter((r) => r.achieved === true).length;
  return {
    selectionId,
    communeId: selection.communeId,
    provinceId,
    period,
    periodLabel: periodLabel(period),
    months,
    acceptedMonths,
    rows,
    achievedCount,
    totalCount: counted.length,
    achievedShare: counted.length === 0 ? null : (achievedCount * 100) / counted.length,
  };
}
