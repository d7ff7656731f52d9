import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";

export const SetUserActiveSchema = z.object({ userId: Id, isActive: z.boolean() });

export const setUserActiveContract = defineContract({
  summary: "Deactivates (sessions and tokens revoked) or reactivates an account of the actor's subtree.",
  permission: "user.manage",
  input: SetUserActiveSchema,
  output: z.object({ id: z.string(), isActive: z.boolean() }),
});
