import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { requireOwnNomination } from "./nomination-access";

/** Deletes one of the actor's draft nominations with its files, audited. */
export async function removeNomination(actor: Actor, nominationId: string) {
  assertCan(actor, "award.nominate");
  const row = await requireOwnNomination(actor, nominationId);
  return db.$transaction(async (tx) => {
    await tx.attachment.deleteMany({ where: { ownerType: "Nomination", ownerId: row.id } });
    await tx.nomination.delete({ where: { id: row.id } });
    await writeAudit(tx, auditActor(actor), {
      action: "award.nomination.remove",
      entity: "Nomination",
      entityId: row.id,
      unitId: row.nominatingUnitId,
      before: row,
    });
    return { id: row.id };
  });
}
