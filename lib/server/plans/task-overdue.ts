import { isTaskOverdue } from "@/lib/domain/proposal-figures";
import { fromDbDay } from "@/lib/domain/vn-date";

/** A stored plan task (its `dueDate` a database day) is overdue on `today` (a Vietnam midnight): `isTaskOverdue`. */
export const isPlanTaskOverdue = (t: { dueDate: Date; status: "NOT_STARTED" | "IN_PROGRESS" | "DONE" }, today: Date) =>
  isTaskOverdue({ dueDate: fromDbDay(t.dueDate), status: t.status }, today);
