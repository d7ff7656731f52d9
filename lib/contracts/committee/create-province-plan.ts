import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { boundedInt, DayString, requiredText } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

/** The province's own plan of a year (issue #18 §2); `copyLastYear` starts it with last year's tasks. */
export const CreateProvincePlanSchema = z.object({
  year: boundedInt(2000, 2200),
  number: requiredText(50),
  date: DayString,
  copyLastYear: z.boolean(),
});
export type CreateProvincePlanInput = z.infer<typeof CreateProvincePlanSchema>;

export const createProvincePlanContract = defineContract({
  summary: "Creates the province's own plan of a year, optionally with last year's tasks.",
  permission: "province-plan.manage",
  input: CreateProvincePlanSchema,
  output: Ref,
});
