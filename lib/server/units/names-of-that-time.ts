import "server-only";
import { db } from "@/lib/db";
import { nameOn, nameWithToday, successorsOn } from "@/lib/domain/unit-succession";
import { addVnDays, fromDbDay, vnDate } from "@/lib/domain/vn-date";
import type { UnitValidity } from "@/lib/domain/selection-cap";
import { loadSuccessionClosure } from "./baseline-sources";

/**
 * Display names of units for a past year (issue #12 §3: reports and documents for a period before a change show the
 * units as they were then, with "nay là …"): for each id, its name on the last day of `year` it existed (a former name
 * kept by a rename, lib/domain/unit-succession.ts nameOn), followed by "(nay là …)" with today's name, or the names of
 * the units its area went to when it has ceased. Unknown ids are left out. `today` is a Vietnam instant.
 */
export function namesOfThatTime(unitIds: readonly string[], year: number, today: Date): Promise<Map<string, string>> {
  const end = vnDate(year, 12, 31);
  return namesAsOf(unitIds, (validTo) => (validTo && validTo <= end ? addVnDays(validTo, -1) : end), today);
}

/**
 * The same on the day `dayOf(validTo)` gives for each unit (validTo: the unit's first day of non-existence, a Vietnam
 * day, or null), e.g. a decision's date: the name the decision gave, "(nay là …)" today's.
 */
export async function namesAsOf(
  unitIds: readonly string[],
  dayOf: (validTo: Date | null) => Date,
  today: Date,
): Promise<Map<string, string>> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return new Map();
  const { links, reached } = await loadSuccessionClosure(db, ids, null);
  const [units, former] = await Promise.all([
    db.unit.findMany({
      where: { id: { in: [...reached] } },
      select: { id: true, name: true, validFrom: true, validTo: true },
    }),
    db.unitName.findMany({
      where: { unitId: { in: ids } },
      select: { unitId: true, name: true, validFrom: true, validTo: true },
    }),
  ]);
  const byId = new Map(units.map((u) => [u.id, u]));
  const validity = new Map<string, UnitValidity>(
    units.map((u) => [u.id, { validFrom: fromDbDay(u.validFrom), validTo: u.validTo ? fromDbDay(u.validTo) : null }]),
  );
  const out = new Map<string, string>();
  for (const id of ids) {
    const unit = byId.get(id);
    if (!unit) continue;
    const wanted = dayOf(validity.get(id)!.validTo);
    const day = wanted < today ? wanted : today;
    const names = former
      .filter((f) => f.unitId === id)
      .map((f) => ({ name: f.name, validFrom: f.validFrom && fromDbDay(f.validFrom), validTo: fromDbDay(f.validTo) }));
    const todayNames = successorsOn(id, today, validity, links)
      .map((x) => byId.get(x)?.name ?? "")
      .filter(Boolean);
    out.set(id, nameWithToday(nameOn(unit.name, names, day), todayNames.length > 0 ? todayNames : [unit.name]));
  }
  return out;
}
