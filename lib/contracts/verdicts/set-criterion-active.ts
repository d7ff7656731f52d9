import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";

export const SetCriterionActiveSchema = z.object({ criterionId: Id, isActive: z.boolean() });

export const setCriterionActiveContract = defineContract({
  summary: "Turns a verdict criterion of the province on or off.",
  permission: "programme.manage",
  input: SetCriterionActiveSchema,
  output: z.object({ id: z.string(), isActive: z.boolean() }),
});
