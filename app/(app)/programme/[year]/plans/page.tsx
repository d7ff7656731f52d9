import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { listPlans } from "@/lib/server/plans/list-plans";
import { t, vi } from "@/lib/i18n/vi";

export default async function PlansPage({ params }: { params: Promise<{ year: string }> }) {
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  const actor = await requirePageActor("programme.view");
  const { rows } = await loadOrNotFound(() => listPlans(actor, year));
  const text = vi.programme.plans;
  return (
    <>
      <PageHeader
        title={t(text.title, { year })}
        subtitle={actor.unitName}
        actions={
          <Link className="text-brand-700 underline" href={`/programme/${year}`}>
            {t(vi.programme.title, { year })}
          </Link>
        }
      />
      <Card>
        {rows.length === 0 ? (
          <p className="text-slate-600">{text.none}</p>
        ) : (
          <Table head={[vi.programme.proposals.commune, vi.programme.proposals.types, text.number, text.tasks, ""]}>
            {rows.map((r) => (
              <tr key={r.id} className={r.status === "REMOVED" ? "text-slate-500" : ""}>
                <td className="font-medium">
                  {r.communeName}
                  {r.districtName ? (
                    <span className="block text-xs font-normal text-slate-600">{r.districtName}</span>
                  ) : null}
                  {r.status === "REMOVED" ? <span className="block text-xs">{text.removed}</span> : null}
                </td>
                <td>{r.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}</td>
                <td>
                  {r.plan ? (
                    `${r.plan.number} (${formatDate(r.plan.date)})`
                  ) : (
                    <span className="text-amber-800">{text.noPlan}</span>
                  )}
                </td>
                <td>
                  {r.plan ? t(text.tasksCount, { done: r.plan.done, total: r.plan.total }) : ""}
                  {r.plan?.overdue ? (
                    <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs text-red-900">
                      {t(text.overdueCount, { count: r.plan.overdue })}
                    </span>
                  ) : null}
                </td>
                <td>
                  <Link className="text-brand-700 underline" href={`/programme/${year}/plans/${r.id}`}>
                    {r.plan ? vi.programme.proposals.open : text.create}
                  </Link>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
