// Administrative changes over time (domain.md §8 "The 2025 reform": "history before the reform keeps its districts;
// a merged commune keeps a link to the communes it came from"; issue #12 §2). Units are never deleted: a ceased unit
// keeps its figures, `UnitSuccession` links it to the unit(s) its area went to. These rules carry the programme's
// figures, selections and watches across a change without losing or double-counting any.
import type { DomainMessage, HotspotType, YearMonth } from "./types";
import { formatVnDate, vnCalendarDaysBetween, vnDate } from "./vn-date";
import { isUnitActiveOn, type UnitValidity } from "./selection-cap";
import { addMonthsYM } from "./period";

/** A succession link: `from` ceased and (part of) its area belongs to `to` from `effectiveDate` (VN day). */
export interface SuccessionLink {
  fromUnitId: string;
  toUnitId: string;
  effectiveDate: Date;
}

/** issue #12 §2: the message shown instead of a reduction when a split left no comparable baseline. */
export const NO_COMPARABLE_BASELINE: DomainMessage = {
  code: "NO_COMPARABLE_BASELINE",
  message: "Không có số liệu cùng kỳ so sánh được (đơn vị được chia tách từ đơn vị khác).",
};

/**
 * Whether the unit exists on at least one day of the month (Vietnam calendar; validFrom inclusive, validTo
 * EXCLUSIVE as in selection-cap.ts). A unit created on the 1st reports from that month; one that ceased on
 * 01/07 (validTo = 01/07) reports up to June only; one created on the 15th reports the days it existed.
 */
export function unitExistsInMonth(unit: UnitValidity, ym: YearMonth): boolean {
  const first = vnDate(ym.year, ym.month, 1);
  const next = addMonthsYM(ym, 1);
  const firstOfNext = vnDate(next.year, next.month, 1);
  if (unit.validFrom && vnCalendarDaysBetween(unit.validFrom, firstOfNext) <= 0) return false;
  if (unit.validTo && vnCalendarDaysBetween(first, unit.validTo) <= 0) return false;
  return true;
}

/**
 * Refusal of monthly figures for a month the unit does not exist in (issue #12 §2: "Monthly figures can be entered
 * only for a unit that exists in that month"); null when the month is fine. `name` is the unit's display name.
 */
export function monthlyEntryRefusal(unit: UnitValidity & { name: string }, ym: YearMonth): DomainMessage | null {
  if (unitExistsInMonth(unit, ym)) return null;
  const month = `${String(ym.month).padStart(2, "0")}/${ym.year}`;
  if (unit.validFrom && vnCalendarDaysBetween(unit.validFrom, vnDate(ym.year, ym.month, 1)) < 0) {
    return {
      code: "UNIT_NOT_YET_EXISTING",
      message: `${unit.name} được thành lập từ ngày ${formatVnDate(unit.validFrom)}: không nhập số liệu tháng ${month}.`,
    };
  }
  return {
    code: "UNIT_CEASED",
    message: `${unit.name} đã chấm dứt hoạt động từ ngày ${formatVnDate(unit.validTo!)}: không nhập số liệu tháng ${month}.`,
  };
}

/** The units whose accepted figures of one month make a unit's baseline, or why no comparable baseline exists. */
export type BaselineSources = { comparable: true; unitIds: string[] } | ({ comparable: false } & DomainMessage);

/**
 * The units whose accepted figures of `month` (a month of the baseline year) stand for `unitId` in "the same
 * period last year" (issue #12 §2). The unit itself when it existed that month, plus every unit merged into it
 * after the start of that month, followed back through earlier changes — a merged commune's baseline is the sum
 * of the communes it came from (a merge into an existing commune adds the absorbed ones to its own figures).
 * Changes that took effect before the month began do not matter. No comparable baseline exists when a split is
 * involved after the start of the month: a predecessor with several successors, a predecessor that gave part of
 * its area and continued, or the unit itself giving part of its area away — figures cannot be shared out, and
 * comparing with a part or with zero would mislead. A unit with neither figures nor predecessors that month gets
 * an empty list (no baseline, like any commune without figures). `units`: id → validity; `links`: every link.
 */
export function baselineSources(
  unitId: string,
  month: YearMonth,
  units: ReadonlyMap<string, UnitValidity>,
  links: readonly SuccessionLink[],
): BaselineSources {
  const monthStart = vnDate(month.year, month.month, 1);
  const after = (l: SuccessionLink) => vnCalendarDaysBetween(monthStart, l.effectiveDate) > 0;
  const out = new Set<string>();
  const visit = (id: string, via: SuccessionLink | null, seen: Set<string>): boolean => {
    const unit = units.get(id);
    const outgoing = links.filter((l) => l.fromUnitId === id && after(l));
    const continues = (l: SuccessionLink) => !!unit && isUnitActiveOn(unit, l.effectiveDate);
    if (via ? outgoing.length > 1 || continues(via) : outgoing.some(continues)) return false;
    if (!unit || unitExistsInMonth(unit, month)) out.add(id);
    for (const l of links.filter((x) => x.toUnitId === id && after(x) && !seen.has(x.fromUnitId))) {
      if (!visit(l.fromUnitId, l, new Set([...seen, l.fromUnitId]))) return false;
    }
    return true;
  };
  if (!visit(unitId, null, new Set([unitId]))) return { comparable: false, ...NO_COMPARABLE_BASELINE };
  return { comparable: true, unitIds: [...out] };
}

/**
 * The units existing on `day` that carry `unitId` (follows its successors, and theirs, until units existing on
 * `day`; the unit itself when it still exists). A split unit leads to every part. Used for a relapse watch, which
 * passes to every successor (issue #12 §2: "A relapse watch passes to the successor too").
 */
export function successorsOn(
  unitId: string,
  day: Date,
  units: ReadonlyMap<string, UnitValidity>,
  links: readonly SuccessionLink[],
): string[] {
  const out = new Set<string>();
  const walk = (id: string, seen: Set<string>) => {
    const unit = units.get(id);
    const next = links.filter((l) => l.fromUnitId === id && !seen.has(l.toUnitId));
    if (!unit || isUnitActiveOn(unit, day) || next.length === 0) {
      if (!unit || isUnitActiveOn(unit, day)) out.add(id);
      return;
    }
    for (const l of next) walk(l.toUnitId, new Set([...seen, l.toUnitId]));
  };
  walk(unitId, new Set([unitId]));
  return [...out];
}

/** A selection on a programme year's list, as the carry-over rule needs it. */
export interface ListedSelection {
  selectionId: string;
  communeId: string;
  hotspotTypes: readonly HotspotType[];
  hasPlan: boolean;
}

/** One commune on the list after the change: the selection kept, the ones folded into it, the types united. */
export interface CarriedSelection {
  communeId: string;
  keepSelectionId: string;
  /** Selections of predecessors folded into the kept one (their plan moves if the kept one has none). */
  foldedSelectionIds: string[];
  hotspotTypes: HotspotType[];
}

/**
 * The year's list after communes ceased and passed to successors (issue #12 §2: "A selection (with its plan,
 * types, reviews) of a commune that ceases during its programme year passes to its successor. A successor that
 * inherits two selected communes holds one selection (types united) and counts once in the cap").
 * `successorOf` maps a ceased commune to its one successor (a split needs the operator to name the part that
 * takes the selection). The kept selection of a successor is its own when it had one, else the first with a plan,
 * else the first one given; the result has one row per commune, so its length is what the cap counts.
 */
export function carrySelections(
  selections: readonly ListedSelection[],
  successorOf: ReadonlyMap<string, string>,
): CarriedSelection[] {
  const byCommune = new Map<string, ListedSelection[]>();
  for (const selection of selections) {
    const target = successorOf.get(selection.communeId) ?? selection.communeId;
    byCommune.set(target, [...(byCommune.get(target) ?? []), selection]);
  }
  return [...byCommune].map(([communeId, group]) => {
    const keep = group.find((s) => s.communeId === communeId) ?? group.find((s) => s.hasPlan) ?? group[0]!;
    const types = new Set(group.flatMap((s) => s.hotspotTypes));
    return {
      communeId,
      keepSelectionId: keep.selectionId,
      foldedSelectionIds: group.filter((s) => s !== keep).map((s) => s.selectionId),
      hotspotTypes: [...types].sort(),
    };
  });
}

/** One accepted value of a commune-month (a MonthlyReport row's value for one indicator). */
export interface UnitMonthValue {
  unitId: string;
  year: number;
  month: number;
  value: number;
}

/**
 * A parent's total for a period (issue #12 §2: "A parent's total for a period counts each value once, whatever the
 * tree looks like on the day of the query"). Values stay with the unit that reported them — a ceased commune's
 * figures are never copied to its successor — and each unit-month is counted once: `units` is every unit under
 * the parent on the day of the query, ceased ones included (they are never deleted); duplicates are ignored.
 */
export function periodTotal(
  values: readonly UnitMonthValue[],
  units: ReadonlySet<string>,
  months: readonly YearMonth[],
): number {
  const wanted = new Set(months.map((m) => m.year * 100 + m.month));
  const seen = new Set<string>();
  let total = 0;
  for (const value of values) {
    const key = `${value.unitId}:${value.year}:${value.month}`;
    if (!units.has(value.unitId) || !wanted.has(value.year * 100 + value.month) || seen.has(key)) continue;
    seen.add(key);
    total += value.value;
  }
  return total;
}

/** A name a unit bore before a rename: from `validFrom` (null: since it began) until `validTo` (exclusive). */
export interface FormerName {
  name: string;
  validFrom: Date | null;
  validTo: Date;
}

/**
 * The unit's name on `day` (issue #12 §3: "documents for a period before a change show the names of that time"):
 * the former name whose period contains the day, else the current name. Vietnam calendar days; validTo exclusive.
 */
export function nameOn(current: string, former: readonly FormerName[], day: Date): string {
  const hit = former.find((f) => isUnitActiveOn({ validFrom: f.validFrom, validTo: f.validTo }, day));
  return hit ? hit.name : current;
}

/** "Xã A (nay là Xã C)" when the name of that time differs from today's; else the name alone (issue #12 §3). */
export function nameWithToday(thenName: string, todayNames: readonly string[]): string {
  const others = todayNames.filter((n) => n !== thenName);
  return others.length === 0 ? thenName : `${thenName} (nay là ${others.join(", ")})`;
}
