import type { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { TaskInputSchema, TaskRef } from "./task-fields";

export const AddTaskSchema = TaskInputSchema.extend({ planId: Id });
export type AddTaskInput = z.infer<typeof AddTaskSchema>;

export const addTaskContract = defineContract({
  summary: "Adds a task to a commune's plan.",
  permission: "plan.manage",
  input: AddTaskSchema,
  output: TaskRef,
});
