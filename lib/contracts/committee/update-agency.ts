import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version } from "@/lib/contracts/primitives";
import { Versioned } from "@/lib/contracts/outputs";
import { agencyFields } from "./create-agency";

/** `isActive` false keeps the agency's tasks and accounts but hides it from new assignments. */
export const UpdateAgencySchema = z.object({ agencyId: Id, version: Version, ...agencyFields, isActive: z.boolean() });
export type UpdateAgencyInput = z.infer<typeof UpdateAgencySchema>;

export const updateAgencyContract = defineContract({
  summary: "Renames a member agency, changes its kind, or sets it inactive (its active accounts locked).",
  permission: "agency.manage",
  input: UpdateAgencySchema,
  output: Versioned.extend({ accountsDeactivated: z.number().int() }),
});
