import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { requiredText } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

// Forms and actions of the committee's member agencies (issue #18). Client-safe.

export const AgencyKindSchema = z.enum(["DEPARTMENT", "MASS_ORGANISATION", "JUDICIAL"]);

/** The fields an agency is created and updated with. */
export const agencyFields = { name: requiredText(200), shortName: requiredText(30), kind: AgencyKindSchema };

export const CreateAgencySchema = z.object(agencyFields);
export type CreateAgencyInput = z.infer<typeof CreateAgencySchema>;

export const createAgencyContract = defineContract({
  summary: "Adds a member agency of the province's steering committee.",
  permission: "agency.manage",
  input: CreateAgencySchema,
  output: Ref,
});
