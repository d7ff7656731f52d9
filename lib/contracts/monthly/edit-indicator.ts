import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { boundedInt, Id, viText } from "@/lib/contracts/primitives";
import { viOptionalNumberField } from "@/lib/contracts/vi-number";
import { Ref } from "@/lib/contracts/outputs";

export const EditIndicatorSchema = z.object({
  indicatorId: Id,
  /** First month (yyyymm) the new definition applies to: must be after the current month. */
  fromPeriod: boundedInt(200001, 210012),
  name: viText(300, { min: 3, minMessage: "Tên chỉ tiêu quá ngắn." }),
  unitLabel: viText(50),
  targetValue: viOptionalNumberField({ label: "Mục tiêu" }),
  isRequired: z.boolean(),
  lowerIsBetter: z.boolean(),
});
export type EditIndicatorInput = z.infer<typeof EditIndicatorSchema>;

export const editIndicatorContract = defineContract({
  summary: "Changes an indicator of the province's catalogue from a later month on (earlier months keep theirs).",
  permission: "indicator.manage",
  input: EditIndicatorSchema,
  output: Ref,
});
