import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";

export const RevokeApiTokenSchema = z.object({ tokenId: Id });

export const revokeApiTokenContract = defineContract({
  summary: "Revokes one of the user's own access tokens.",
  permission: "api.token",
  input: RevokeApiTokenSchema,
  output: z.object({ id: z.string(), revokedAt: z.date() }),
});
