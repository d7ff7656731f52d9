import Link from "next/link";
import type { HomeTask } from "@/lib/server/units/home-task";
import { home as text } from "@/lib/i18n/vi/home";

const TONE: Record<HomeTask["tone"], string> = {
  info: "border-slate-200 bg-white",
  warning: "border-amber-300 bg-amber-50",
  success: "border-emerald-300 bg-emerald-50",
};

/** The role's next steps, each with the one link that does it. */
export function HomeTasks({ tasks }: { tasks: HomeTask[] }) {
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="home-tasks" className="mb-6">
      <h2 id="home-tasks" className="mb-2 text-lg font-semibold text-slate-800">
        {text.tasksTitle}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {tasks.map((task) => (
          <div
            key={task.key}
            className={`rounded-lg border p-4 shadow-sm ${TONE[task.tone]}`}
            data-testid={`home-task-${task.key}`}
            data-overdue={task.overdue ? "true" : undefined}
          >
            <p className="font-semibold text-slate-900">{task.title}</p>
            <p className="mt-1 text-sm text-slate-700">{task.detail}</p>
            <Link
              href={task.href}
              className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600"
            >
              {task.action}
            </Link>
          </div>
        ))}
      </div>
    </section>
  );
}
