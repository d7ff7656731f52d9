import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { checkUnitSheet, type ExistingUnit, type UnitSheetRow } from "@/lib/domain/unit-sheet-rows";
import { parseDay, toInputDay } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { readTable } from "@/lib/server/spreadsheet";

const text = vi.golive.unitSheet;

export const UNIT_SHEET_MAX_ROWS = 5000;

/** A dd/MM/yyyy cell as yyyy-MM-dd: null when empty, undefined when not a date. */
const day = (cell: string) => (cell === "" ? null : parseDay(cell) ? toInputDay(parseDay(cell)) : undefined);

/** Reads the sheet and checks it against the tree (units of the actor's subtree, and codes used elsewhere). */
export async function readUnitSheet(actor: Actor, data: Buffer) {
  const sheet = await readTable(data, text.headers, UNIT_SHEET_MAX_ROWS);
  const rows: UnitSheetRow[] = sheet.map(({ row, cells: [code, name, level, parentCode, from, to] }) => ({
    row,
    code,
    name,
    level,
    parentCode,
    validFromText: from,
    validFrom: day(from),
    validToText: to,
    validTo: day(to),
  }));
  // A province row's empty parent is the national root, when the actor sits there.
  const root = await db.unit.findFirst({
    where: { level: "NATION", parentId: null, ...unitScope(actor) },
    select: { code: true },
  });
  const codes = [...new Set([...rows.flatMap((r) => [r.code, r.parentCode]), root?.code ?? ""].filter(Boolean))];
  const found = await db.unit.findMany({
    where: { code: { in: codes } },
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      lineage: true,
      validFrom: true,
      validTo: true,
      parent: { select: { code: true } },
    },
  });
  const existing = new Map<string, ExistingUnit & { id: string; lineage: string[] }>(
    found.map((u) => [
      u.code,
      {
        id: u.id,
        lineage: u.lineage,
        code: u.code,
        name: u.name,
        level: u.level,
        parentCode: u.parent?.code ?? null,
        validFrom: toInputDay(u.validFrom),
        validTo: u.validTo ? toInputDay(u.validTo) : null,
        inScope: u.lineage.includes(actor.unitId),
      },
    ]),
  );
  return { ...checkUnitSheet(rows, existing, root?.code ?? null), existing };
}
