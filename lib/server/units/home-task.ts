/**
 * One entry of the home page's task list. In a file of its own so that the lists of each role
 * (get-home-tasks.ts, committee/agency-home-tasks.ts) share it without importing each other.
 */
export type HomeTask = {
  key: string;
  title: string;
  detail: string;
  href: string;
  action: string;
  tone: "info" | "warning" | "success";
  /** A dated step: its due day (VN) and whether it is overdue; undated tasks (tools) come last. */
  dueDate?: Date;
  overdue?: boolean;
};
