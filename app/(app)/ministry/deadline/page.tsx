import { Card, PageHeader } from "@/components/ui/card";
import { MinistryDeadlineForm } from "@/components/committee/ministry-deadline-form";
import { requirePageActor } from "@/lib/authz/page";
import { formatDate } from "@/lib/format";
import { getMinistryDeadline } from "@/lib/server/committee/get-ministry-deadline";
import { pageYear } from "@/lib/server/committee/page-year";
import { t, vi } from "@/lib/i18n/vi";

/** Issue #18 §5: the national administrator's setting of the ministry's deadline for a year (`?year=`). */
export default async function MinistryDeadlinePage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("ministry-deadline.manage");
  const year = pageYear((await searchParams).year);
  const { deadline, configured, version } = await getMinistryDeadline({ actor, year });
  const text = vi.committee.ministry;
  const source = configured ? text.deadlineConfigured : text.deadlineDefault;
  return (
    <>
      <PageHeader
        title={t(text.deadlineTitle, { year })}
        subtitle={`${t(text.deadlineCurrent, { date: formatDate(deadline) })} ${source}`}
      />
      <Card>
        <p className="mb-4 text-sm text-slate-700">{text.deadlineHelp}</p>
        <MinistryDeadlineForm defaults={{ year, deadline: formatDate(deadline), version }} />
      </Card>
    </>
  );
}
