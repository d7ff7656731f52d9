import { defineContract } from "@/lib/contracts/define-contract";
import { ProposalRefSchema } from "./proposal-fields";
import { ProgrammeRef } from "./programme-fields";

export const withdrawProposalContract = defineContract({
  summary: "Withdraws a submitted proposal before the province decides.",
  permission: "proposal.create",
  input: ProposalRefSchema,
  output: ProgrammeRef,
});
