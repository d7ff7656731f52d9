import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { ProgrammeTimeline } from "@/components/programme/timeline";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { formatDate, formatNumber } from "@/lib/format";
import { getProgrammeOverview } from "@/lib/server/programme/get-programme-overview";
import { t, vi } from "@/lib/i18n/vi";

export default async function ProgrammeYearPage({ params }: { params: Promise<{ year: string }> }) {
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  const actor = await requirePageActor("programme.view");
  const { programme, phases, decisions, counts, form } = await loadOrNotFound(() => getProgrammeOverview(actor, year));
  const text = vi.programme;
  const links = [
    { href: `/programme/${year}/proposals`, label: text.links.proposals, show: true },
    { href: `/programme/${year}/approval`, label: text.links.approval, show: can(actor.role, "proposal.decide") },
    { href: `/programme/${year}/plans`, label: text.links.plans, show: true },
  ].filter((l) => l.show);
  return (
    <>
      <PageHeader
        title={t(text.title, { year })}
        subtitle={`${programme.province.name} · ${text.planNumber} ${programme.planNumber} ${formatDate(programme.planDate)} · ${formatNumber(Number(programme.capPercent), 2)}%`}
      />
      <nav aria-label={text.title} className="mb-6 flex flex-wrap gap-2">
        {links.map((l) => (
          <Link
            key={l.href}
            href={l.href}
            className="rounded-md border border-brand-600 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            {l.label}
          </Link>
        ))}
      </nav>
      <Card title={text.timeline} className="mb-6">
        <ProgrammeTimeline phases={phases} />
        <p className="mt-3 text-sm text-slate-600">
          {text.proposals.title.replace("{year}", String(year))}: {counts.proposals} · {text.approval.selected}:{" "}
          {counts.selections} · {text.links.plans}: {counts.plans}
        </p>
      </Card>
      {decisions.length ? (
        <Card title={text.approval.decisions} className="mb-6">
          <ul className="list-disc pl-5">
            {decisions.map((d) => (
              <li key={d.id}>
                <Link className="text-brand-700 underline" href={`/programme/${year}/decisions/${d.id}`}>
                  {text.approval.kind[d.kind]} —{" "}
                  {t(text.decision.numberDate, { number: d.number, date: formatDate(d.date) })}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {can(actor.role, "programme.manage") && actor.unitLevel === "PROVINCE" ? (
        <Card title={text.links.settings}>
          <ProgrammeForm defaults={form} edit={{ programmeId: form.programmeId, version: form.version }} />
        </Card>
      ) : null}
    </>
  );
}
