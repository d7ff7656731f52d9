import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { changeImpact } from "./impact";
import { MergeUnitsSchema, type MergeUnitsInput } from "@/lib/contracts/unit-changes/merge-units";
import { planMerge } from "./merge-plan";

/** The preview of a merge (nothing written): the units, the new or receiving commune, and what it touches. */
export async function previewMerge(actor: Actor, raw: MergeUnitsInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(MergeUnitsSchema, raw);
  return db.$transaction(async (tx) => {
    const plan = await planMerge(tx, actor, input);
    const impact = await changeImpact(
      tx,
      plan.from.map((u) => u.id),
      plan.successorOf,
      plan.day,
    );
    return {
      from: plan.from.map(({ id, code, name }) => ({ id, code, name })),
      into: plan.into ? { id: plan.into.id, name: plan.into.name } : { id: null, name: input.newName! },
      impact,
    };
  });
}
