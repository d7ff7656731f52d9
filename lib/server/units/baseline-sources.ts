// No "server-only" marker: a pure read over the client it is given (the scorecard reuses it from the demo seed).
import type { Db } from "@/lib/prisma-client";
import type { Tx } from "@/lib/db";
import type { YearMonth } from "@/lib/domain/types";
import { baselineSources, type SuccessionLink } from "@/lib/domain/unit-succession";
import type { UnitValidity } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";

/** Where the baseline of one commune-month comes from when it is not simply the commune's own figures. */
export interface BaselineRedirect {
  communeId: string;
  /** The baseline month (a month of the previous year). */
  year: number;
  month: number;
  /** The units whose accepted figures make the baseline; empty = no comparable baseline (a split). */
  sourceIds: string[];
}

export interface BaselineMap {
  /** Commune-months whose baseline is not their own figures (merges, splits after the month began). */
  redirects: BaselineRedirect[];
  /** Communes with at least one month without a comparable baseline (a split): "không có số liệu cùng kỳ so sánh được". */
  notComparable: Set<string>;
}

/**
 * The succession links reaching `unitIds` — and the units linked to those, transitively — that took effect on or
 * after `since` (a DB day; null: any). Returns the links (effective dates as Vietnam days) and every unit reached.
 */
export async function loadSuccessionClosure(client: Db | Tx, unitIds: readonly string[], since: Date | null) {
  const links: SuccessionLink[] = [];
  const seenLinks = new Set<string>();
  let frontier = [...new Set(unitIds)];
  const reached = new Set(frontier);
  while (frontier.length > 0) {
    const rows = await client.unitSuccession.findMany({
      where: {
        ...(since ? { effectiveDate: { gte: since } } : {}),
        OR: [{ toUnitId: { in: frontier } }, { fromUnitId: { in: frontier } }],
      },
      select: { id: true, fromUnitId: true, toUnitId: true, effectiveDate: true },
    });
    const next: string[] = [];
    for (const row of rows) {
      if (seenLinks.has(row.id)) continue;
      seenLinks.add(row.id);
      links.push({ fromUnitId: row.fromUnitId, toUnitId: row.toUnitId, effectiveDate: fromDbDay(row.effectiveDate) });
      for (const id of [row.fromUnitId, row.toUnitId]) {
        if (reached.has(id)) continue;
        reached.add(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  return { links, reached };
}

/** The DB day from which a change can affect a baseline over `months`: the day after the 1st of the first month. */
export function changesSince(months: readonly YearMonth[]): Date {
  const first = months.reduce((a, b) => (a.year * 12 + a.month <= b.year * 12 + b.month ? a : b));
  return new Date(Date.UTC(first.year, first.month - 1, 2));
}

/**
 * The baselines of `communeIds` over `baselineMonths` changed by administrative changes (issue #12 §2;
 * lib/domain/unit-succession.ts baselineSources): loads the succession links reaching these communes (and their
 * predecessors, transitively) that took effect after the first baseline month began, and lists, per commune-month
 * concerned, the units whose figures stand for it. Communes untouched by such changes are absent (own figures).
 */
export async function loadBaselineMap(
  client: Db | Tx,
  communeIds: readonly string[],
  baselineMonths: readonly YearMonth[],
): Promise<BaselineMap> {
  const out: BaselineMap = { redirects: [], notComparable: new Set() };
  if (communeIds.length === 0 || baselineMonths.length === 0) return out;
  const since = changesSince(baselineMonths);
  const { links, reached } = await loadSuccessionClosure(client, communeIds, since);
  if (links.length === 0) return out;
  const rows = await client.unit.findMany({
    where: { id: { in: [...reached] } },
    select: { id: true, validFrom: true, validTo: true },
  });
  const units = new Map<string, UnitValidity>(
    rows.map((u) => [u.id, { validFrom: fromDbDay(u.validFrom), validTo: u.validTo ? fromDbDay(u.validTo) : null }]),
  );
  const touched = new Set(links.flatMap((l) => [l.fromUnitId, l.toUnitId]));
  for (const communeId of new Set(communeIds)) {
    if (!touched.has(communeId)) continue;
    for (const baselineMonth of baselineMonths) {
      const src = baselineSources(communeId, baselineMonth, units, links);
      const sourceIds = src.comparable ? src.unitIds : [];
      if (!src.comparable) out.notComparable.add(communeId);
      if (src.comparable && sourceIds.length === 1 && sourceIds[0] === communeId) continue;
      out.redirects.push({ communeId, year: baselineMonth.year, month: baselineMonth.month, sourceIds });
    }
  }
  return out;
}
