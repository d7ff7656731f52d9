import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

/** Latest audit entries about units of the actor's subtree, with the id and source of the request that wrote each. */
export async function listAudit(actor: Actor, take = 100) {
  assertCan(actor, "audit.view");
  return db.auditLog.findMany({
    where: { unit: unitScope(actor) },
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      at: true,
      actorUsername: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
      requestId: true,
      requestSource: true,
      unit: { select: { name: true } },
    },
  });
}
