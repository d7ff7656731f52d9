import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version } from "@/lib/contracts/primitives";
import { VerdictSchema } from "@/lib/contracts/outputs";

export const ProposeVerdictSchema = z.object({
  selectionId: Id,
  level: z.enum(["DISTRICT", "SECRETARIAT"]),
  proposal: VerdictSchema,
  /** Version of the verdict row loaded (0 = none yet). */
  version: Version,
});
export type ProposeVerdictInput = z.input<typeof ProposeVerdictSchema>;

export const proposeVerdictContract = defineContract({
  summary:
    "The district, then the secretariat, proposes a verdict (đạt / chưa đạt) beside the computed recommendation.",
  permission: "verdict.propose",
  input: ProposeVerdictSchema,
  output: z.object({
    id: z.string(),
    stage: z.enum(["DISTRICT_PROPOSED", "SECRETARIAT_PROPOSED"]),
    recommendation: VerdictSchema,
  }),
});
