import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, requiredText, Version } from "@/lib/contracts/primitives";
import { WithMessage } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";

export const RejectProposalSchema = z.object({
  proposalId: Id,
  version: Version,
  reason: requiredText(1000, vi.programme.approval.reasonRequired),
});

export const rejectProposalContract = defineContract({
  summary: "The province rejects a proposal with a reason.",
  permission: "proposal.decide",
  input: RejectProposalSchema,
  output: WithMessage,
});
