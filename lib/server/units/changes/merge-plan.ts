import "server-only";
import { randomUUID } from "node:crypto";
import { type db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import type { MergeUnitsSchema } from "@/lib/contracts/unit-changes/merge-units";
import { requireExistingOn, requireNoSuccessor, unitsInScope } from "./units";

/**
 * The checked plan of a merge: who ceases, into what, from which day (every commune existing then, none of those
 * ceasing already merged or split).
 */
export async function planMerge(
  client: Tx | typeof db,
  actor: Actor,
  input: ReturnType<typeof MergeUnitsSchema.parse>,
) {
  const day = parseDay(input.effectiveDate)!;
  const from = await unitsInScope(client, actor, [...new Set(input.fromIds)]);
  const into = input.intoId ? (await unitsInScope(client, actor, [input.intoId]))[0]! : null;
  if (!into && !(input.newName && input.newCode)) throw validation(text.intoRequired, { newName: [text.intoRequired] });
  if (from.some((u) => u.level !== "COMMUNE") || (into && into.level !== "COMMUNE"))
    throw validation(text.onlyCommunes);
  if (into && from.some((u) => u.id === into.id))
    throw validation(text.targetAmongSources, { intoId: [text.targetAmongSources] });
  if (!into && from.length < 2) throw validation(text.atLeastTwo, { fromIds: [text.atLeastTwo] });
  const provinces = new Set([...from, ...(into ? [into] : [])].map((u) => u.provinceId));
  if (provinces.size !== 1) throw validation(text.sameProvince);
  for (const u of [...from, ...(into ? [into] : [])]) requireExistingOn(u, day);
  await requireNoSuccessor(client, from);
  if (!into && (await client.unit.count({ where: { code: input.newCode! } }))) {
    throw validation(t(text.codeTaken, { code: input.newCode! }), {
      newCode: [t(text.codeTaken, { code: input.newCode! })],
    });
  }
  const parent = from[0]!.parentId
    ? await client.unit.findUniqueOrThrow({ where: { id: from[0]!.parentId }, select: { id: true, lineage: true } })
    : null;
  const targetId = into?.id ?? randomUUID();
  return { day, from, into, parent, targetId, successorOf: new Map(from.map((u) => [u.id, targetId])) };
}
