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
import { applyCarriedSelections, applyUsers, changeImpact, type ChangeImpact } from "./impact";
import { MergeUnitsSchema, type MergeUnitsInput } from "./schemas";
import { requireExistingOn, unitsInScope } from "./units";

/** The checked plan of a merge: who ceases, into what, from which day. */
async function planMerge(client: Tx | typeof db, actor: Actor, input: ReturnType<typeof MergeUnitsSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const from = await unitsInScope(client, actor, [...new Set(input.fromIds)]);
  const into = input.intoId ? (await unitsInScope(client, actor, [input.intoId]))[0]! : null;
  if (!into && !(input.newName && input.newCode)) throw validation(text.intoRequired, { newName: [text.intoRequired] });
  if (from.some((u) => u.level !== "COMMUNE") || (into && into.level !== "COMMUNE")) throw validation(text.onlyCommunes);
  if (into && from.some((u) => u.id === into.id)) throw validation(text.targetAmongSources, { intoId: [text.targetAmongSources] });
  if (!into && from.length < 2) throw validation(text.atLeastTwo, { fromIds: [text.atLeastTwo] });
  const provinces = new Set([...from, ...(into ? [into] : [])].map((u) => u.provinceId));
  if (provinces.size !== 1) throw validation(text.sameProvince);
  for (const u of [...from, ...(into ? [into] : [])]) requireExistingOn(u, day);
  if (!into && (await client.unit.count({ where: { code: input.newCode! } }))) {
    throw validation(t(text.codeTaken, { code: input.newCode! }), { newCode: [t(text.codeTaken, { code: input.newCode! })] });
  }
  const parent = from[0]!.parentId ? await client.unit.findUniqueOrThrow({ where: { id: from[0]!.parentId }, select: { id: true, lineage: true } }) : null;
  const targetId = into?.id ?? randomUUID();
  return { day, from, into, parent, targetId, successorOf: new Map(from.map((u) => [u.id, targetId])) };
}

/** The preview of a merge (nothing written): the units, the new or receiving commune, and what it touches. */
export async function previewMerge(actor: Actor, raw: MergeUnitsInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(MergeUnitsSchema, raw);
  return db.$transaction(async (tx) => {
    const plan = await planMerge(tx, actor, input);
    const impact = await changeImpact(tx, plan.from.map((u) => u.id), plan.successorOf, plan.day);
    return { from: plan.from.map(({ id, code, name }) => ({ id, code, name })), into: plan.into ? { id: plan.into.id, name: plan.into.name } : { id: null, name: input.newName! }, impact };
  });
}

/**
 * Merges communes (issue #12 §1, domain.md §8): in one transaction the communes of `fromIds` cease on the effective
 * date (validTo = that day; never deleted), the new commune starts that day (or the receiving one continues), each
 * gets a succession link carrying the legal basis, the selections of open programmes pass to it (one selection,
 * types united, lib/domain/unit-succession.ts), the accounts move or are deactivated as chosen, and one audit entry
 * records it with the impact. The actor's subtree bounds every unit (ADMIN: the nation; a province secretariat:
 * its province); a unit outside → "not found". Returns the receiving commune's id and the impact applied.
 */
export async function mergeUnits(actor: Actor, raw: MergeUnitsInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(MergeUnitsSchema, raw);
  return db.$transaction(async (tx) => {
    const plan = await planMerge(tx, actor, input);
    const { day, from, into, parent, targetId, successorOf } = plan;
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ANY(${[...from.map((u) => u.id), ...(into ? [into.id] : [])]}::uuid[]) FOR UPDATE`;
    const impact: ChangeImpact = await changeImpact(tx, from.map((u) => u.id), successorOf, day);
    if (!into) {
      const first = from[0]!;
      await tx.unit.create({
        data: {
          id: targetId, code: input.newCode!, name: input.newName!, level: "COMMUNE", kind: input.newKind ?? "XA", parentId: first.parentId,
          lineage: [...(parent?.lineage ?? []), targetId], provinceId: first.provinceId, committeeName: `Ban Chỉ đạo 138 ${input.newName!.toLowerCase()}`,
          validFrom: day,
        },
      });
    }
    await tx.unit.updateMany({ where: { id: { in: from.map((u) => u.id) } }, data: { validTo: day } });
    const note = t(text.mergeNote, { basis: input.legalBasis });
    await tx.unitSuccession.createMany({ data: from.map((u) => ({ fromUnitId: u.id, toUnitId: targetId, effectiveDate: day, note })) });
    const selections = await applyCarriedSelections(tx, impact);
    const users = await applyUsers(tx, impact, input.users, successorOf);
    await writeAudit(tx, auditActor(actor), {
      action: "unit.merge", entity: "Unit", entityId: targetId, unitId: targetId,
      before: { units: from.map(({ id, code, name }) => ({ id, code, name })) },
      after: {
        into: targetId, created: !into, effectiveDate: input.effectiveDate, legalBasis: input.legalBasis, selections, users,
        carried: impact.carried, openReports: impact.openReports.map((r) => r.id),
      },
    });
    return { id: targetId, impact, selections, users };
  });
}
