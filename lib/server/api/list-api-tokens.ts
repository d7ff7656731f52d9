import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

/** Lists the actor's own tokens (never another user's; never the secret). */
export async function listApiTokens(actor: Actor) {
  assertCan(actor, "api.token");
  return db.apiToken.findMany({
    where: { userId: actor.userId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}
