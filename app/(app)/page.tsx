import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { MonthlyReminders } from "@/components/monthly/reminders";
import { getHomeSummary } from "@/lib/server/units/get-home-summary";
import { getHomeTasks } from "@/lib/server/units/get-home-tasks";
import { HomeTasks } from "@/components/home/home-tasks";
import { homeHeading } from "@/lib/server/units/level-names";
import { SetupChecklist } from "@/components/golive/setup-checklist";
import { getSetupChecklist } from "@/lib/server/golive/get-setup-checklist";
import { formatNumber } from "@/lib/format";

export default async function HomePage() {
  const actor = await requirePageActor();
  const [summary, tasks, heading, setup] = await Promise.all([
    getHomeSummary(actor),
    getHomeTasks(actor),
    homeHeading(actor),
    getSetupChecklist(actor),
  ]);
  return (
    <>
      <PageHeader title={heading.title} subtitle={`${heading.role} · ${actor.unitName}`} />
      <MonthlyReminders actor={actor} />
      {setup && !setup.complete ? <SetupChecklist checklist={setup} /> : null}
      <HomeTasks tasks={tasks} />
      {actor.role === "COMMUNE_POLICE" ? null : (
        <div className="grid gap-4 sm:grid-cols-3">
          {summary.counts.map((c) => (
            <Card key={c.label}>
              <p className="text-sm text-slate-600">{c.label}</p>
              <p className="mt-1 text-3xl font-bold text-brand-700">{formatNumber(c.value)}</p>
            </Card>
          ))}
        </div>
      )}
      {can(actor.role, "unit.view") ? (
        <div className="mt-6">
          <Link href={`/units/${actor.unitId}`} className="text-brand-700 underline">
            Xem đơn vị {actor.unitName}
          </Link>
        </div>
      ) : null}
    </>
  );
}
