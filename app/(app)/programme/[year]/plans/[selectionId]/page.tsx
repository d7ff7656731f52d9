import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { AddTaskForm, CreatePlanForm, TaskStatusForm } from "@/components/programme/plan-forms";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { toDbDay } from "@/lib/domain/vn-date";
import { formatDate, toInputDay, formatWhole } from "@/lib/format";
import { getPlanPage } from "@/lib/server/plans/get-plan-page";
import { agencyOptions } from "@/lib/server/committee/agency-options";
import { getCommuneFunding } from "@/lib/server/committee/get-commune-funding";
import { FundingForm } from "@/components/committee/funding-form";
import { FundingTable } from "@/components/committee/funding-table";
import { fundingTotals } from "@/lib/domain/funding";
import { t, vi } from "@/lib/i18n/vi";
import { documents } from "@/lib/i18n/vi/documents";

export default async function PlanPage({ params }: { params: Promise<{ year: string; selectionId: string }> }) {
  const { year, selectionId } = await params;
  const actor = await requirePageActor("programme.view");
  const [{ selection, programme, phases, tasks, measures }, agencies, funding] = await Promise.all([
    loadOrNotFound(() => getPlanPage(actor, selectionId)),
    agencyOptions({ actor }),
    loadOrNotFound(() => getCommuneFunding({ actor, selectionId })),
  ]);
  if (String(programme.year) !== year) notFound();
  const text = vi.programme.plans;
  const plan = selection.plan;
  const mayManage = can(actor.role, "plan.manage") && selection.status === "SELECTED";
  const mayUpdate = can(actor.role, "plan.update-task");
  return (
    <>
      <PageHeader
        title={t(text.plan, { name: selection.commune.name })}
        subtitle={`${selection.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")} · ${t(vi.programme.decision.numberDate, { number: selection.decision.number, date: formatDate(selection.decision.date) })}${plan ? ` · ${text.number} ${plan.number} ${formatDate(plan.date)}` : ""}`}
        actions={
          <div className="flex flex-wrap gap-3">
            <Link className="text-brand-700 underline" href={`/programme/${year}/plans`}>
              {t(text.title, { year })}
            </Link>
            {plan ? (
              <Link className="text-brand-700 underline" href={`/programme/${year}/plans/${selection.id}/document`}>
                {documents.openPrint}
              </Link>
            ) : null}
          </div>
        }
      />
      <Card title={text.phases} className="mb-6">
        <Table head={[vi.programme.phase, vi.programme.from, vi.programme.due]}>
          {phases.map((p) => (
            <tr key={p.key}>
              <td>{p.label}</td>
              <td>{formatDate(p.startDate)}</td>
              <td>{formatDate(p.dueDate)}</td>
            </tr>
          ))}
        </Table>
      </Card>
      {!plan ? (
        mayManage ? (
          <Card title={text.create}>
            <CreatePlanForm
              selectionId={selection.id}
              defaultDate={toInputDay(programme.planDeadline)}
              defaultDue={toInputDay(toDbDay(phases.find((p) => p.key === "FOCUS")!.dueDate))}
              agencies={agencies}
            />
          </Card>
        ) : (
          <Card>
            <p className="text-slate-600">{text.noPlan}</p>
          </Card>
        )
      ) : (
        <>
          <Card title={text.measures} className="mb-6">
            {measures.length === 0 ? (
              <p className="text-slate-600">{vi.common.none}</p>
            ) : (
              <dl className="space-y-2">
                {measures.map((m, i) => (
                  <div key={i}>
                    <dt className="font-medium">{m.area}</dt>
                    <dd className="text-slate-700">{m.content}</dd>
                  </div>
                ))}
              </dl>
            )}
          </Card>
          <Card title={text.tasks} className="mb-6">
            <Table head={[text.area, text.task, text.assignee, text.dueDate, vi.programme.status, text.evidence]}>
              {tasks.map((task) => (
                <tr key={task.id} data-testid="plan-task" className={task.overdue ? "bg-red-50" : ""}>
                  <td>{task.area}</td>
                  <td className="font-medium">{task.title}</td>
                  <td>{task.assignee}</td>
                  <td className="whitespace-nowrap">
                    {formatDate(task.dueDate)}
                    {task.overdue ? (
                      <span className="ml-1 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-900">
                        {text.overdue}
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
                      text.taskStatus[task.status]
                    )}
                  </td>
                  <td>{!mayUpdate ? task.evidence : null}</td>
                </tr>
              ))}
            </Table>
          </Card>
          {can(actor.role, "funding.manage") ? (
            <Card title={vi.committee.funding.title} className="mb-6">
              <FundingForm
                selectionId={selection.id}
                rows={funding.map((r) => ({ ...r, planned: formatWhole(r.planned), spent: formatWhole(r.spent) }))}
              />
            </Card>
          ) : (
            <FundingTable title={vi.committee.funding.title} totals={fundingTotals(funding)} />
          )}
          {mayManage ? (
            <Card title={text.addTask}>
              <AddTaskForm
                planId={plan.id}
                defaultDue={toInputDay(toDbDay(phases.find((p) => p.key === "FOCUS")!.dueDate))}
                agencies={agencies}
              />
            </Card>
          ) : null}
        </>
      )}
    </>
  );
}
