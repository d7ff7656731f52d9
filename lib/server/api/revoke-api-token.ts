import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/** Revokes one of the actor's own tokens (another user's token → not found). Idempotent. */
export async function revokeApiToken(actor: Actor, tokenId: string) {
  assertCan(actor, "api.token");
  if (!isUuid(tokenId)) throw notFound();
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.findFirst({
      where: { id: tokenId, userId: actor.userId },
      select: { id: true, name: true, revokedAt: true },
    });
    if (!row) throw notFound();
    if (row.revokedAt) return { id: row.id, revokedAt: row.revokedAt };
    const revokedAt = new Date();
    await tx.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt } });
    await writeAudit(tx, actor, {
      action: "apiToken.revoke",
      entity: "ApiToken",
      entityId: row.id,
      unitId: actor.unitId,
      before: { name: row.name },
      after: { revokedAt },
    });
    return { id: row.id, revokedAt };
  });
}
