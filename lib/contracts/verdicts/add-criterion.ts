import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, viText } from "@/lib/contracts/primitives";
import { HotspotTypeSchema } from "@/lib/contracts/outputs";

export const AddCriterionSchema = z.object({
  provinceId: Id,
  name: viText(300, { min: 3, minMessage: "Vui lòng nhập nội dung tiêu chí." }),
  hotspotType: HotspotTypeSchema.nullable(),
});

export const addCriterionContract = defineContract({
  summary: "Adds a verdict criterion of the province, general or for one hotspot type.",
  permission: "programme.manage",
  input: AddCriterionSchema,
  output: z.object({ id: z.string(), code: z.string(), name: z.string(), hotspotType: HotspotTypeSchema.nullable() }),
});
