import "server-only";
import { db } from "@/lib/db";
import { loadActorByUserId, type Actor } from "@/lib/authz/actor";
import { assertCan, assertPasswordCurrent } from "@/lib/authz/access";
import type { Permission } from "@/lib/authz/permissions";
import { unauthenticated } from "@/lib/errors";

import { hashApiToken } from "@/lib/authz/api-token-hash";

export { hashApiToken };

const BEARER = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{20,200})\s*$/;

/**
 * THE choke point of the data API (/api/v1/**): reads `Authorization: Bearer <token>`, finds the
 * token by its sha256 hash (not revoked, not past its `expiresAt`: else 401), loads the token owner's
 * actor (active user only), refuses an owner that must change its password (403), and checks the
 * permission in the same matrix as pages and actions. Scope then applies as for the user.
 */
export async function requireApiActor(request: Request, permission?: Permission): Promise<Actor> {
  const match = BEARER.exec(request.headers.get("authorization") ?? "");
  if (!match) throw unauthenticated();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(match[1]!) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true, expiresAt: true },
  });
  const now = new Date();
  if (!token || token.revokedAt || token.expiresAt <= now) throw unauthenticated();
  const actor = await loadActorByUserId(token.userId);
  if (!actor) throw unauthenticated();
  assertPasswordCurrent(actor);
  assertCan(actor, permission);
  // Last use, at most once a minute per token (no write on every request).
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } }).catch(() => {});
  }
  return actor;
}
