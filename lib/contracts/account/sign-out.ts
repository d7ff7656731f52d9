import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Nothing } from "@/lib/contracts/outputs";

/** The sign-out button sends nothing: the session comes from the cookie. */
export const SignOutSchema = z.object({}).strict();

export const signOutContract = defineContract({
  summary: "Ends the current session (server-side row and cookies).",
  permission: null,
  input: SignOutSchema,
  output: Nothing,
  beforePasswordChange: true,
});
