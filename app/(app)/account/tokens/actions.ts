"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createApiTokenContract } from "@/lib/contracts/account/create-api-token";
import { revokeApiTokenContract } from "@/lib/contracts/account/revoke-api-token";
import { revalidate } from "@/lib/actions/revalidate";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { revokeApiToken } from "@/lib/server/api/revoke-api-token";

export const createApiTokenAction = defineAction(createApiTokenContract, async (actor, input) => {
  const created = await createApiToken(actor, input);
  revalidate("/account/tokens");
  return created;
});

export const revokeApiTokenAction = defineAction(revokeApiTokenContract, async (actor, input) => {
  const result = await revokeApiToken(actor, input.tokenId);
  revalidate("/account/tokens");
  return result;
});
