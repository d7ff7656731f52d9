import { z } from "zod";
import { DayString } from "@/lib/server/programme/schemas";

const text = (max: number) => z.string().transform((v) => v.normalize("NFC").trim()).pipe(z.string().max(max));
const required = (max: number) => text(max).pipe(z.string().min(1, "Vui lòng nhập thông tin này.").max(max));

export const TaskStatusSchema = z.enum(["NOT_STARTED", "IN_PROGRESS", "DONE"]);
export const TaskInputSchema = z.object({ area: required(100), title: required(500), assignee: required(200), dueDate: DayString });

export const CreatePlanSchema = z.object({
  selectionId: z.uuid(),
  number: required(50),
  date: DayString,
  measures: z.array(z.object({ area: required(100), content: required(2000) })).max(30),
  tasks: z.array(TaskInputSchema).max(100),
});
export const AddTaskSchema = TaskInputSchema.extend({ planId: z.uuid() });
export const UpdateTaskSchema = z.object({ taskId: z.uuid(), version: z.number().int(), status: TaskStatusSchema, evidence: text(2000).optional() });

export type CreatePlanInput = z.infer<typeof CreatePlanSchema>;
export type CreatePlanValues = z.input<typeof CreatePlanSchema>;
export type AddTaskInput = z.infer<typeof AddTaskSchema>;
export type UpdateTaskInput = z.infer<typeof UpdateTaskSchema>;
