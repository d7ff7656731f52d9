import { defineContract } from "@/lib/contracts/define-contract";
import { ProposalRefSchema } from "./proposal-fields";
import { ProgrammeRef } from "./programme-fields";

export const submitProposalContract = defineContract({
  summary: "Submits a district's proposal to the province.",
  permission: "proposal.create",
  input: ProposalRefSchema,
  output: ProgrammeRef,
});
