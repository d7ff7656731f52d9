import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { WithMessage } from "@/lib/contracts/outputs";
import { PasswordSchema } from "@/lib/auth/password-policy";

export const ResetPasswordSchema = z.object({ userId: Id, password: PasswordSchema });

export const resetPasswordContract = defineContract({
  summary: "Sets a temporary password on an account of the actor's subtree (to be changed at next sign-in).",
  permission: "user.manage",
  input: ResetPasswordSchema,
  output: WithMessage,
});
