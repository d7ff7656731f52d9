import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import { hashApiToken } from "@/lib/authz/api";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { dashboard as text } from "@/lib/i18n/vi/dashboard";
import { TOKEN_VALID_DAYS, type CreateApiTokenInput } from "@/lib/contracts/account/create-api-token";

const MAX_ACTIVE = 20;

/**
 * Creates a token for the actor itself, valid `validDays` days from now (1..365, checked by the schema;
 * 90 when omitted); the plain token is returned once, only its sha256 is stored.
 */
export async function createApiToken(
  actor: Actor,
  input: Pick<CreateApiTokenInput, "name"> & Partial<CreateApiTokenInput>,
  now = new Date(),
) {
  assertCan(actor, "api.token");
  const token = `bcd_${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(now.getTime() + (input.validDays ?? TOKEN_VALID_DAYS.default) * 86_400_000);
  return db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({
      where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: now } },
    });
    if (active >= MAX_ACTIVE) throw validation(text.tokens.tooMany);
    const row = await tx.apiToken.create({
      data: { userId: actor.userId, name: input.name, tokenHash: hashApiToken(token), expiresAt },
      select: { id: true, name: true, createdAt: true, expiresAt: true },
    });
    await writeAudit(tx, actor, {
      action: "apiToken.create",
      entity: "ApiToken",
      entityId: row.id,
      unitId: actor.unitId,
      after: { name: row.name, expiresAt },
    });
    return { ...row, token };
  });
}
