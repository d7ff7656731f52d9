import "server-only";
import type { db, Tx } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { isUnitActiveOn } from "@/lib/domain/selection-cap";
import { formatVnDate, fromDbDay } from "@/lib/domain/vn-date";

const unitSelect = {
  id: true,
  code: true,
  name: true,
  level: true,
  parentId: true,
  provinceId: true,
  lineage: true,
  validFrom: true,
  validTo: true,
} as const;
export type UnitRow = {
  id: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  provinceId: string | null;
  lineage: string[];
  validFrom: Date;
  validTo: Date | null;
};

/** Refuses a unit that does not exist on the change's day (it ceased before, or starts after). */
export function requireExistingOn(unitRow: UnitRow, day: Date) {
  const validity = {
    validFrom: fromDbDay(unitRow.validFrom),
    validTo: unitRow.validTo ? fromDbDay(unitRow.validTo) : null,
  };
  if (isUnitActiveOn(validity, fromDbDay(day))) return;
  const date = formatVnDate(fromDbDay(day));
  if (unitRow.validTo) throw validation(t(text.notExistingOn, { name: unitRow.name, date }));
  throw validation(t(text.startsAfter, { name: unitRow.name, from: formatVnDate(validity.validFrom), date }));
}

/**
 * Refuses a move under a parent that ends before the unit does (a district the 3 → 2 conversion ended, a ceased
 * one): the move sets today's tree, so dated on a day the parent still existed it would hang a unit in force under
 * an ended one.
 */
export function requireParentOutlives(unitRow: UnitRow, parentRow: UnitRow) {
  if (!parentRow.validTo || (unitRow.validTo && unitRow.validTo <= parentRow.validTo)) return;
  throw validation(t(text.endedUnit, { name: parentRow.name, date: formatVnDate(fromDbDay(parentRow.validTo)) }));
}

/**
 * Refuses to end again a unit already merged or split (a `UnitSuccession` from it): a cease, merge or split dated
 * before that end, when it still existed, would rewrite its end and give it a second successor.
 */
export async function requireNoSuccessor(client: Tx | typeof db, units: readonly UnitRow[]) {
  const done = await client.unitSuccession.findFirst({
    where: { fromUnitId: { in: units.map((u) => u.id) } },
    select: { fromUnitId: true, effectiveDate: true },
  });
  if (!done) return;
  const name = units.find((u) => u.id === done.fromUnitId)!.name;
  throw validation(t(text.alreadySucceeded, { name, date: formatVnDate(fromDbDay(done.effectiveDate)) }));
}

/** Loads the units of the actor's subtree; any id outside it (or unknown) answers "not found". */
export async function unitsInScope(client: Tx | typeof db, actor: Actor, ids: readonly string[]): Promise<UnitRow[]> {
  const rows = await client.unit.findMany({
    where: { AND: [{ id: { in: [...ids] } }, unitScope(actor)] },
    select: unitSelect,
  });
  if (rows.length !== new Set(ids).size) throw notFound();
  return ids.map((id) => rows.find((r) => r.id === id)!);
}
