import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { forbidden } from "@/lib/errors";
import { agencyNameTaken, isDuplicate } from "./agency-name-taken";
import type { CreateAgencyInput } from "@/lib/contracts/committee/create-agency";

export type CreateAgencyOptions = { actor: Actor; input: CreateAgencyInput };

/**
 * Issue #18 §1: the secretariat adds a member agency to its own province's committee (seed 000: sở, ban, ngành;
 * đoàn thể; Viện kiểm sát, Tòa án). Refuses an actor not placed at a province and a name already used in the
 * province. Returns {id}.
 */
export async function createAgency({ actor, input }: CreateAgencyOptions) {
  assertCan(actor, "agency.manage");
  if (actor.unitLevel !== "PROVINCE") throw forbidden();
  try {
    return await db.$transaction(async (tx) => {
      const agency = await tx.agency.create({ data: { provinceId: actor.unitId, ...input }, select: { id: true } });
      await writeAudit(tx, auditActor(actor), {
        action: "agency.create",
        entity: "Agency",
        entityId: agency.id,
        unitId: actor.unitId,
        after: input,
      });
      return agency;
    });
  } catch (error) {
    if (isDuplicate(error)) throw agencyNameTaken();
    throw error;
  }
}
