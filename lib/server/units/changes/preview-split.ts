import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import type { UnitChangePreview } from "./impact";
import { SplitUnitSchema, type SplitUnitInput } from "@/lib/contracts/unit-changes/split-unit";
import { planSplit } from "./split-plan";

/** Preview of a split (nothing written): the selections and the part that takes them, the accounts, the open reports. */
export async function previewSplit(actor: Actor, raw: SplitUnitInput): Promise<UnitChangePreview> {
  assertCan(actor, "unit.change");
  const input = parseInput(SplitUnitSchema, raw);
  return db.$transaction(async (tx) => ({ ...(await planSplit(tx, actor, input)).impact, notes: [] }));
}
