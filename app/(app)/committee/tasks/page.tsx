import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { TaskStatusForm } from "@/components/programme/plan-forms";
import { requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { formatDate } from "@/lib/format";
import { listAgencyTasks } from "@/lib/server/committee/list-agency-tasks";
import { taskEvidenceView } from "@/lib/server/committee/task-evidence-view";
import { TaskEvidenceFiles } from "@/components/committee/task-evidence-files";
import { t, vi } from "@/lib/i18n/vi";

export default async function AgencyTasksPage() {
  const actor = await requirePageActor("agency-task.view");
  const { agencyName, tasks } = await listAgencyTasks(actor);
  const evidence = await taskEvidenceView({ actor, tasks });
  const text = vi.committee.tasks;
  const planText = vi.programme.plans;
  const mayUpdate = can(actor.role, "plan.update-task");
  const mayOpenPlan = can(actor.role, "programme.view");
  return (
    <>
      <PageHeader title={text.title} subtitle={t(text.subtitle, { agency: agencyName })} />
      <Card>
        {tasks.length === 0 ? (
          <p className="text-slate-600">{text.none}</p>
        ) : (
          <Table
            head={[
              text.commune,
              text.plan,
              planText.area,
              planText.task,
              planText.dueDate,
              vi.programme.status,
              text.files,
            ]}
          >
            {tasks.map((task) => {
              const src = task.source;
              const plan = `${src.planNumber} (${src.year})`;
              return (
                <tr key={task.id} data-testid="agency-task" className={task.overdue ? "bg-red-50" : ""}>
                  <td>{src.communeName ?? vi.committee.plan.provincePlan}</td>
                  <td>
                    {mayOpenPlan && src.selectionId ? (
                      <Link
                        className="text-brand-700 underline"
                        href={`/programme/${src.year}/plans/${src.selectionId}`}
                      >
                        {plan}
                      </Link>
                    ) : (
                      plan
                    )}
                  </td>
                  <td>{task.area}</td>
                  <td className="font-medium">{task.title}</td>
                  <td className="whitespace-nowrap">
                    {formatDate(task.dueDate)}
                    {task.overdue ? (
                      <span className="ml-1 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-900">
                        {planText.overdue}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {mayUpdate ? (
                      <TaskStatusForm
                        taskId={task.id}
                        version={task.version}
                        status={task.status}
                        evidence={task.evidence}
                        label={task.title}
                      />
                    ) : (
                      planText.taskStatus[task.status]
                    )}
                  </td>
                  <td>
                    {mayUpdate ? (
                      <TaskEvidenceFiles taskId={task.id} title={task.title} files={evidence.get(task.id) ?? []} />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </Table>
        )}
      </Card>
    </>
  );
}
