import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { DayString, Id, requiredText } from "@/lib/contracts/primitives";
import { TaskInputSchema, TaskRef } from "./task-fields";

export const CreatePlanSchema = z.object({
  selectionId: Id,
  number: requiredText(50),
  date: DayString,
  measures: z.array(z.object({ area: requiredText(100), content: requiredText(2000) })).max(30),
  tasks: z.array(TaskInputSchema).max(100),
});
export type CreatePlanInput = z.infer<typeof CreatePlanSchema>;
export type CreatePlanValues = z.input<typeof CreatePlanSchema>;

export const createPlanContract = defineContract({
  summary: "Creates a selected commune's plan (kế hoạch): measures and tasks with their deadlines.",
  permission: "plan.manage",
  input: CreatePlanSchema,
  output: TaskRef,
});
