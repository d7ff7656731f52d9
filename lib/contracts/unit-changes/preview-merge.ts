import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { ChangeImpactSchema } from "./change-fields";
import { MergeUnitsSchema } from "./merge-units";

export const previewMergeContract = defineContract({
  summary: "What a merge would touch, computed by the code that applies it; writes nothing.",
  permission: "unit.change",
  input: MergeUnitsSchema,
  output: z.object({
    from: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
    into: z.object({ id: z.string().nullable(), name: z.string() }),
    impact: ChangeImpactSchema,
  }),
});
