import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { committeeNameFor } from "@/lib/domain/official-units";
import { validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { seedIndicatorCatalogue } from "@/prisma/seed/indicator-catalogue";
import { readUnitSheet } from "./read-unit-sheet";

const dbDay = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

/**
 * Applies a units spreadsheet in one transaction, or nothing when any row has an error (VALIDATION, errors by
 * row `row.N`): creates new units under their parents (parents first, generated committee name; a new province
 * gets the default indicator catalogue), updates names
 * and validity of existing ones, never moves or deletes a unit. One audit entry per unit written.
 */
export async function applyUnitSheet(actor: Actor, data: Buffer) {
  assertCan(actor, "unit.manage");
  const { units, errors, existing } = await readUnitSheet(actor, data);
  if (errors.length) {
    const fieldErrors: Record<string, string[]> = {};
    for (const error of errors) (fieldErrors[`row.${error.row}`] ??= []).push(error.message);
    throw validation(t(vi.golive.sheet.rowErrors, { count: Object.keys(fieldErrors).length }), fieldErrors);
  }
  const audit = { userId: actor.userId, username: actor.username, unitId: actor.unitId };
  const placed = new Map([...existing].map(([code, u]) => [code, { id: u.id, lineage: u.lineage }]));
  // Parents first: provinces, then districts, then communes (a parent in the file is always one level up).
  const order = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 } as const;
  const todo = units.filter((u) => u.action !== "same").sort((a, b) => order[a.level] - order[b.level]);
  await db.$transaction(
    async (tx) => {
      for (const unit of todo) {
        const parent = placed.get(unit.parentCode!)!;
        if (unit.action === "create") {
          const id = randomUUID();
          const lineage = [...parent.lineage, id];
          placed.set(unit.code, { id, lineage });
          const created = await tx.unit.create({
            data: {
              id,
              code: unit.code,
              name: unit.name,
              level: unit.level,
              kind: unit.kind,
              parentId: parent.id,
              lineage,
              provinceId: unit.level === "PROVINCE" ? id : lineage[1],
              committeeName: committeeNameFor(unit.name),
              validFrom: dbDay(unit.validFrom) ?? undefined,
              validTo: dbDay(unit.validTo),
            },
            select: { id: true, code: true, name: true, level: true, validFrom: true, validTo: true },
          });
          if (unit.level === "PROVINCE") await seedIndicatorCatalogue(tx, id);
          await writeAudit(tx, audit, {
            action: "unit.create",
            entity: "Unit",
            entityId: id,
            unitId: id,
            after: { ...created, source: "spreadsheet" },
          });
        } else {
          const before = existing.get(unit.code)!;
          const data = {
            name: unit.name,
            validTo: dbDay(unit.validTo),
            ...(unit.validFrom ? { validFrom: dbDay(unit.validFrom)! } : {}),
          };
          await tx.unit.update({ where: { id: before.id }, data });
          await writeAudit(tx, audit, {
            action: "unit.update",
            entity: "Unit",
            entityId: before.id,
            unitId: before.id,
            before: { name: before.name, validFrom: before.validFrom, validTo: before.validTo },
            after: { ...data, source: "spreadsheet" },
          });
        }
      }
    },
    { timeout: 120_000 },
  );
  return {
    created: todo.filter((u) => u.action === "create").length,
    updated: todo.filter((u) => u.action === "update").length,
    unchanged: units.length - todo.length,
  };
}
