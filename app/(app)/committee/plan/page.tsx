import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { CreateProvincePlanForm } from "@/components/committee/agency-forms";
import { AddTaskForm, TaskStatusForm } from "@/components/programme/plan-forms";
import { requirePageActor } from "@/lib/authz/page";
import { pageYear } from "@/lib/server/committee/page-year";
import { formatDate } from "@/lib/format";
import { agencyOptions } from "@/lib/server/committee/agency-options";
import { getProvincePlan } from "@/lib/server/committee/get-province-plan";
import { taskEvidenceView } from "@/lib/server/committee/task-evidence-view";
import { TaskEvidenceFiles } from "@/components/committee/task-evidence-files";
import { t, vi } from "@/lib/i18n/vi";

/** Issue #18 §2: the province committee's own plan of a year (`?year=`, default this year), tasks by agency. */
export default async function ProvincePlanPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("province-plan.manage");
  const year = pageYear((await searchParams).year);
  const [{ plan, lastYear }, agencies] = await Promise.all([
    getProvincePlan({ actor, year }),
    agencyOptions({ actor }),
  ]);
  // The secretariat follows every agency's tasks: it sees their evidence files and may take a wrong one back.
  const evidence = plan ? await taskEvidenceView({ actor, tasks: plan.tasks }) : new Map();
  const text = vi.committee.plan;
  const planText = vi.programme.plans;
  return (
    <>
      <PageHeader
        title={t(text.title, { year })}
        subtitle={
          plan ? `${planText.number} ${plan.number} ${formatDate(plan.date)} · ${text.subtitle}` : text.subtitle
        }
        actions={
          <span className="flex gap-3">
            {[year - 1, year + 1].map((y) => (
              <Link key={y} className="text-brand-700 underline" href={`/committee/plan?year=${y}`}>
                {text.otherYear} {y}
              </Link>
            ))}
          </span>
        }
      />
      {!plan ? (
        <Card title={text.create}>
          <p className="mb-3 text-slate-600">{t(text.none, { year })}</p>
          <CreateProvincePlanForm year={year} defaultDate={`${year}-01-15`} lastYear={lastYear} />
        </Card>
      ) : (
        <>
          <Card title={planText.tasks} className="mb-6">
            {plan.tasks.length === 0 ? (
              <p className="text-slate-600">{text.noTasks}</p>
            ) : (
              <Table
                head={[
                  planText.area,
                  planText.task,
                  planText.assignee,
                  planText.dueDate,
                  vi.programme.status,
                  vi.committee.tasks.files,
                ]}
              >
                {plan.tasks.map((task) => (
                  <tr key={task.id} data-testid="province-plan-task" className={task.overdue ? "bg-red-50" : ""}>
                    <td>{task.area}</td>
                    <td className="font-medium">{task.title}</td>
                    <td>{task.agency?.name ?? task.assignee}</td>
                    <td className="whitespace-nowrap">
                      {formatDate(task.dueDate)}
                      {task.overdue ? (
                        <span className="ml-1 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-900">
                          {planText.overdue}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <TaskStatusForm
                        taskId={task.id}
                        version={task.version}
                        status={task.status}
                        evidence={task.evidence}
                        label={task.title}
                      />
                    </td>
                    <td>
                      <TaskEvidenceFiles taskId={task.id} title={task.title} files={evidence.get(task.id) ?? []} />
                    </td>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
          <Card title={planText.addTask}>
            <AddTaskForm provincePlanId={plan.id} defaultDue={`${year}-11-19`} agencies={agencies} />
          </Card>
        </>
      )}
    </>
  );
}
