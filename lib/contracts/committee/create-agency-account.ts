import type { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { CreateUserSchema } from "@/lib/contracts/users/create-user";
import { UserSummary } from "@/lib/contracts/users/user-fields";

/** An account of the agency's own (role AGENCY_MEMBER, unit: the agency's province). */
export const CreateAgencyAccountSchema = CreateUserSchema.pick({
  username: true,
  fullName: true,
  password: true,
}).extend({ agencyId: Id });
export type CreateAgencyAccountInput = z.infer<typeof CreateAgencyAccountSchema>;

export const createAgencyAccountContract = defineContract({
  summary: "Creates an account of a member agency (role AGENCY_MEMBER at the agency's province).",
  permission: "agency.manage",
  input: CreateAgencyAccountSchema,
  output: UserSummary,
});
