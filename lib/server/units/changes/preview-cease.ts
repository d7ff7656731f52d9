import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import type { UnitChangePreview } from "./impact";
import { CeaseUnitSchema, type CeaseUnitInput } from "@/lib/contracts/unit-changes/cease-unit";
import { planCease } from "./cease-plan";

/** Preview of a cease (nothing written): the selections left without successor, the accounts, the open reports. */
export async function previewCease(actor: Actor, raw: CeaseUnitInput): Promise<UnitChangePreview> {
  assertCan(actor, "unit.change");
  const input = parseInput(CeaseUnitSchema, raw);
  return db.$transaction(async (tx) => ({ ...(await planCease(tx, actor, input)).impact, notes: [] }));
}
