/**
 * Issue #18 §2: the province's yearly plan (seed 000; seed 002 mục V "Tổ chức thực hiện": each agency's tasks) is
 * issued every year with largely the same tasks, so a new year's plan starts as a copy of last year's: every task
 * kept with its area, title and assignee, its due day moved to the same day of the new year, its progress reset.
 */

export type PlanTaskTemplate = {
  area: string;
  title: string;
  assignee: string;
  agencyId: string | null;
  dueDate: { year: number; month: number; day: number };
};

/**
 * The same calendar day in `year` (a calendar day, no time zone: a `date` column's parts). 29/02 in a year without
 * one becomes 28/02 (the last day of the same month, so a task due at the end of February stays there).
 */
export function sameDayInYear(
  day: { month: number; day: number },
  year: number,
): { year: number; month: number; day: number } {
  const last = new Date(Date.UTC(year, day.month, 0)).getUTCDate();
  return { year, month: day.month, day: Math.min(day.day, last) };
}

/** Last year's tasks as the new year's starting tasks (status and evidence are not copied: the work starts again). */
export function copyTasksToYear(tasks: PlanTaskTemplate[], year: number): PlanTaskTemplate[] {
  return tasks.map((t) => ({ ...t, dueDate: sameDayInYear(t.dueDate, year) }));
}
