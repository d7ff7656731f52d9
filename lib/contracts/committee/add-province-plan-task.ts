import type { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";
import { TaskInputSchema } from "@/lib/contracts/programme/task-fields";

export const AddProvincePlanTaskSchema = TaskInputSchema.extend({ provincePlanId: Id });
export type AddProvincePlanTaskInput = z.infer<typeof AddProvincePlanTaskSchema>;

export const addProvincePlanTaskContract = defineContract({
  summary: "Adds a task to the province's plan, assigned to a member agency or named in free text.",
  permission: "province-plan.manage",
  input: AddProvincePlanTaskSchema,
  output: Ref,
});
