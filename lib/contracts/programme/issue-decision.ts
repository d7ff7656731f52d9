import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { WithMessage } from "@/lib/contracts/outputs";
import { decisionFields } from "./decision-fields";

export const IssueDecisionSchema = z.object({
  ...decisionFields,
  /** The secretariat confirmed issuing before the proposal deadline or while districts have not proposed. */
  confirmEarly: z.boolean().default(false),
});
/** As sent (confirmEarly may be left out: false). */
export type IssueDecisionInput = z.input<typeof IssueDecisionSchema>;

export const issueDecisionContract = defineContract({
  summary: "Issues the year's decision: the approved communes become the selected list.",
  permission: "proposal.decide",
  input: IssueDecisionSchema,
  output: WithMessage.extend({ count: z.number() }),
});
