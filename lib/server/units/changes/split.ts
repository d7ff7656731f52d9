import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { auditActor } from "@/lib/server/users/manage-users";
import { applyCarriedSelections, applyUsers, changeImpact } from "./impact";
import { SplitUnitSchema, type SplitUnitInput } from "./schemas";
import { requireExistingOn, unitsInScope } from "./units";

async function planSplit(tx: Tx, actor: Actor, input: ReturnType<typeof SplitUnitSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const [unit] = await unitsInScope(tx, actor, [input.unitId]);
  if (unit!.level !== "COMMUNE") throw validation(text.onlyCommune);
  requireExistingOn(unit!, day);
  if (input.selectionTo >= input.parts.length) throw validation(text.partIndex, { selectionTo: [text.partIndex] });
  if (input.usersTo !== null && input.usersTo >= input.parts.length) throw validation(text.partIndex, { usersTo: [text.partIndex] });
  const codes = input.parts.map((p) => p.code);
  if (new Set(codes).size !== codes.length) throw validation(text.duplicateCodes);
  const taken = await tx.unit.findFirst({ where: { code: { in: codes } }, select: { code: true } });
  if (taken) throw validation(t(text.codeTaken, { code: taken.code }));
  const ids = input.parts.map(() => randomUUID());
  const parent = await tx.unit.findUniqueOrThrow({ where: { id: unit!.parentId! }, select: { lineage: true } });
  const selectionsTo = new Map([[unit!.id, ids[input.selectionTo]!]]);
  return { day, unit: unit!, ids, parent, selectionsTo, impact: await changeImpact(tx, [unit!.id], selectionsTo, day) };
}

/** Preview of a split (nothing written): the selections and the part that takes them, the accounts, the open reports. */
export async function previewSplit(actor: Actor, raw: SplitUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(SplitUnitSchema, raw);
  return db.$transaction(async (tx) => (await planSplit(tx, actor, input)).impact);
}

/**
 * Splits a commune into 2–10 new communes from the effective date (issue #12 §1): the commune ceases (kept), the parts
 * start that day under the same parent, each with a succession link carrying the legal basis (their "same period
 * last year" is then not comparable: lib/domain/unit-succession.ts baselineSources); its selections of open
 * programmes pass to the part the operator named, its accounts to the part named or are deactivated. One
 * transaction, audited. Returns the new communes' ids.
 */
export async function splitUnit(actor: Actor, raw: SplitUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(SplitUnitSchema, raw);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${input.unitId}::uuid FOR UPDATE`;
    const { day, unit, ids, parent, selectionsTo, impact } = await planSplit(tx, actor, input);
    await tx.unit.createMany({
      data: input.parts.map((p, i) => ({
        id: ids[i]!, code: p.code, name: p.name, level: "COMMUNE" as const, kind: p.kind, parentId: unit.parentId, lineage: [...parent.lineage, ids[i]!],
        provinceId: unit.provinceId, committeeName: `Ban Chỉ đạo 138 ${p.name.toLowerCase()}`, validFrom: day,
      })),
    });
    await tx.unit.update({ where: { id: unit.id }, data: { validTo: day } });
    await tx.unitSuccession.createMany({ data: ids.map((id) => ({ fromUnitId: unit.id, toUnitId: id, effectiveDate: day, note: input.legalBasis })) });
    const selections = await applyCarriedSelections(tx, impact);
    const usersTo = input.usersTo === null ? new Map<string, string>() : new Map([[unit.id, ids[input.usersTo]!]]);
    const users = await applyUsers(tx, impact, input.usersTo === null ? "DEACTIVATE" : "MOVE", usersTo);
    await writeAudit(tx, auditActor(actor), {
      action: "unit.split", entity: "Unit", entityId: unit.id, unitId: unit.id,
      before: { name: unit.name }, after: { parts: ids, effectiveDate: input.effectiveDate, legalBasis: input.legalBasis, selections, users, selectionsTo: [...selectionsTo.values()] },
    });
    return { ids, selections, users };
  });
}
