import { z } from "zod";
import { DayString, Id, requiredText, viText } from "@/lib/contracts/primitives";

export const TaskStatusSchema = z.enum(["NOT_STARTED", "IN_PROGRESS", "DONE"]);

/**
 * A plan task: `agencyId` assigns it to a member agency of the province (issue #18; its name becomes the assignee),
 * otherwise `assignee` names the body in free text (required then: lib/server/committee/task-assignee.ts).
 */
export const TaskInputSchema = z.object({
  area: requiredText(100),
  title: requiredText(500),
  assignee: viText(200).optional(),
  agencyId: Id.optional(),
  dueDate: DayString,
});

/** A plan's task and the selection whose plan it is. */
export const TaskRef = z.object({ id: z.string(), selectionId: z.string() });
