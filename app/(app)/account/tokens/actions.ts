"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidate } from "@/lib/actions/revalidate";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { revokeApiToken } from "@/lib/server/api/revoke-api-token";
import { CreateApiTokenSchema, RevokeApiTokenSchema } from "@/lib/server/api/schemas";

export const createApiTokenAction = defineAction("api.token", CreateApiTokenSchema, async (actor, input) => {
  const created = await createApiToken(actor, input);
  revalidate("/account/tokens");
  return created;
});

export const revokeApiTokenAction = defineAction("api.token", RevokeApiTokenSchema, async (actor, input) => {
  const result = await revokeApiToken(actor, input.tokenId);
  revalidate("/account/tokens");
  return result;
});
