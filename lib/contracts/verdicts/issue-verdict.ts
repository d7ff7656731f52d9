import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { ExistingVersion, Id, IsoDay, viText } from "@/lib/contracts/primitives";
import { VerdictSchema } from "@/lib/contracts/outputs";

export const IssueVerdictSchema = z.object({
  verdictId: Id,
  verdict: VerdictSchema,
  decisionNumber: viText(50).pipe(z.string().min(1, "Vui lòng nhập số quyết định.")),
  decisionDate: IsoDay,
  justification: viText(5_000).optional(),
  version: ExistingVersion,
});
export type IssueVerdictInput = z.input<typeof IssueVerdictSchema>;

export const issueVerdictContract = defineContract({
  summary: "Issues the verdict by decision (number, day); overriding the recommendation needs a justification.",
  permission: "verdict.issue",
  input: IssueVerdictSchema,
  output: z.object({
    id: z.string(),
    verdict: VerdictSchema,
    recommendation: VerdictSchema,
    isOverride: z.boolean(),
    consequence: z.string(),
  }),
});
