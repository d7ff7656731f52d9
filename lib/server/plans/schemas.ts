import { z } from "zod";
import { Id, Version, requiredText, viText } from "@/lib/contracts/primitives";
import { DayString } from "@/lib/server/programme/schemas";


export const TaskStatusSchema = z.enum(["NOT_STARTED", "IN_PROGRESS", "DONE"]);
/**
 * A plan task: `agencyId` assigns it to a member agency of the province (issue #18; its name becomes the assignee),
 * otherwise `assignee` names the body in free text (required then: lib/server/committee/task-assignee.ts).
 */
export const TaskInputSchema = z.object({ area: requiredText(100), title: requiredText(500), assignee: viText(200).optional(), agencyId: Id.optional(), dueDate: DayString });

export const CreatePlanSchema = z.object({
  selectionId: Id,
  number: requiredText(50),
  date: DayString,
  measures: z.array(z.object({ area: requiredText(100), content: requiredText(2000) })).max(30),
  tasks: z.array(TaskInputSchema).max(100),
});
export const AddTaskSchema = TaskInputSchema.extend({ planId: Id });
export const UpdateTaskSchema = z.object({ taskId: Id, version: Version, status: TaskStatusSchema, evidence: viText(2000).optional() });

export type CreatePlanInput = z.infer<typeof CreatePlanSchema>;
export type CreatePlanValues = z.input<typeof CreatePlanSchema>;
export type AddTaskInput = z.infer<typeof AddTaskSchema>;
export type UpdateTaskInput = z.infer<typeof UpdateTaskSchema>;
