import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version } from "@/lib/contracts/primitives";
import { WithMessage } from "@/lib/contracts/outputs";

export const ApproveProposalSchema = z.object({ proposalId: Id, version: Version });

export const approveProposalContract = defineContract({
  summary: "The province approves a proposal, refused past the cap (15% of the communes, domain.md §2).",
  permission: "proposal.decide",
  input: ApproveProposalSchema,
  output: WithMessage.extend({ count: z.number(), max: z.number() }),
});
