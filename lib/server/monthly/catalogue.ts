import "server-only";
import type { TypedKind } from "@/lib/domain/value-kind";
import { db } from "@/lib/db";
import type { Indicator } from "@/lib/generated/prisma/client";

/** yyyymm key of a month, the unit of Indicator.validFromPeriod / validToPeriod. */
export const periodKey = (year: number, month: number) => year * 100 + month;

export type IndicatorDef = Pick<
  Indicator,
  | "id"
  | "code"
  | "name"
  | "group"
  | "kind"
  | "unitLabel"
  | "lowerIsBetter"
  | "aggregation"
  | "targetComparator"
  | "numeratorId"
  | "denominatorId"
  | "isRequired"
  | "sortOrder"
  | "validFromPeriod"
  | "validToPeriod"
  | "isResultIndicator"
  | "isSelectionCriterion"
> & { targetValue: number | null; numeratorCode: string | null; denominatorCode: string | null };

const select = {
  id: true,
  code: true,
  name: true,
  group: true,
  kind: true,
  unitLabel: true,
  lowerIsBetter: true,
  aggregation: true,
  targetComparator: true,
  targetValue: true,
  numeratorId: true,
  denominatorId: true,
  isRequired: true,
  sortOrder: true,
  validFromPeriod: true,
  validToPeriod: true,
  isResultIndicator: true,
  isSelectionCriterion: true,
} as const;

// Per-instance cache of each province's catalogue (a few dozen rows read on every save). Staleness is
// harmless: edits only ever apply to FUTURE months, and this instance drops its entry on edit.
const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; rows: Promise<IndicatorDef[]> }>();

export function forgetCatalogue(provinceId: string) {
  cache.delete(provinceId);
}

/** Every version of a province's catalogue, with ratio parts resolved to codes. */
export function allIndicatorVersions(provinceId: string): Promise<IndicatorDef[]> {
  const hit = cache.get(provinceId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.rows;
  const rows = loadVersions(provinceId);
  cache.set(provinceId, { at: Date.now(), rows });
  rows.catch(() => cache.delete(provinceId));
  return rows;
}

async function loadVersions(provinceId: string): Promise<IndicatorDef[]> {
  const rows = await db.indicator.findMany({
    where: { provinceId },
    select,
    orderBy: [{ sortOrder: "asc" }, { validFromPeriod: "asc" }],
  });
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  return rows.map((r) => ({
    ...r,
    targetValue: r.targetValue === null ? null : Number(r.targetValue),
    numeratorCode: r.numeratorId ? (codeOf.get(r.numeratorId) ?? null) : null,
    denominatorCode: r.denominatorId ? (codeOf.get(r.denominatorId) ?? null) : null,
  }));
}

export const isActiveAt = (i: Pick<IndicatorDef, "validFromPeriod" | "validToPeriod">, period: number) =>
  i.validFromPeriod <= period && (i.validToPeriod === null || i.validToPeriod > period);

/**
 * The catalogue that applies to a month: one version per code. Ratio parts are resolved by
 * code (an edit of a count creates a new version row; the ratio follows the version in force).
 */
export async function indicatorsForPeriod(provinceId: string, year: number, month: number) {
  const period = periodKey(year, month);
  const all = await allIndicatorVersions(provinceId);
  const list = all.filter((i) => isActiveAt(i, period));
  const byCode = new Map(list.map((i) => [i.code, i]));
  return { list, byCode, byId: new Map(list.map((i) => [i.id, i])), codeOf: new Map(all.map((i) => [i.id, i.code])) };
}

export const isTyped = <T extends Pick<IndicatorDef, "kind">>(i: T): i is T & { kind: TypedKind } =>
  i.kind === "COUNT" || i.kind === "BOOLEAN" || i.kind === "TEXT";
