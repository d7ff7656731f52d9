import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { TaskStatusSchema } from "./task-fields";

export const UpdateTaskSchema = z.object({
  taskId: Id,
  version: Version,
  status: TaskStatusSchema,
  evidence: viText(2000).optional(),
});
export type UpdateTaskInput = z.infer<typeof UpdateTaskSchema>;

export const updateTaskContract = defineContract({
  summary: "Reports a plan task's progress (status, evidence).",
  permission: "plan.update-task",
  input: UpdateTaskSchema,
  output: z.object({ id: z.string(), selectionId: z.string().nullable() }),
});
