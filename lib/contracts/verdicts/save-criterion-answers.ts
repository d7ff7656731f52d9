import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, viText } from "@/lib/contracts/primitives";

export const SaveCriterionAnswersSchema = z.object({
  selectionId: Id,
  answers: z.array(z.object({ criterionId: Id, met: z.boolean().nullable(), note: viText(1_000).optional() })).max(200),
});
export type SaveCriterionAnswersInput = z.input<typeof SaveCriterionAnswersSchema>;

export const saveCriterionAnswersContract = defineContract({
  summary: "Records, per verdict criterion, whether a selected commune meets it (with a note).",
  permission: "verdict.propose",
  input: SaveCriterionAnswersSchema,
  output: z.object({ count: z.number() }),
});
