import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, requiredText } from "@/lib/contracts/primitives";
import { WithMessage } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";
import { decisionFields } from "./decision-fields";

export const AmendDecisionSchema = z.object({
  ...decisionFields,
  /** Approved proposals not yet on the list, to add. */
  addProposalIds: z.array(Id).max(200).default([]),
  /** Selections to take off the list. */
  removeSelectionIds: z.array(Id).max(200).default([]),
  reason: requiredText(2000, vi.programme.approval.reasonRequired),
});
export type AmendDecisionInput = z.infer<typeof AmendDecisionSchema>;

export const issueAmendmentContract = defineContract({
  summary: "Issues an amending decision that adds approved communes to the list or takes selections off it.",
  permission: "proposal.decide",
  input: AmendDecisionSchema,
  output: WithMessage,
});
