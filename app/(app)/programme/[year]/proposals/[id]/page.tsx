import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { ProposalAttachments } from "@/components/programme/attachments";
import { ProposalEditForm } from "@/components/programme/proposal-edit-form";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { formatDateTime } from "@/lib/format";
import { getProposalDetail } from "@/lib/server/proposals/get-proposal-detail";
import { vi } from "@/lib/i18n/vi";

type Props = { params: Promise<{ year: string; id: string }>; searchParams: Promise<{ prefilled?: string }> };

export default async function ProposalPage({ params, searchParams }: Props) {
  const { year, id } = await params;
  // Set by the creation form from createProposal's count of pre-filled figures: the notice only when there were some.
  const prefilled = Number((await searchParams).prefilled ?? 0) > 0;
  const actor = await requirePageActor("programme.view");
  const { proposal: p, criteria, attachments, warnings, proposerName, sourceLabel, editable } = await loadOrNotFound(() => getProposalDetail(actor, id));
  // The URL's year must be the proposal's year (two ids in one URL: check they belong together).
  if (String(p.programme.year) !== year) notFound();
  const s = vi.programme.proposals;
  const mayEdit = can(actor.role, "proposal.create");
  const withdrawable = mayEdit && (p.status === "DRAFT" || p.status === "SUBMITTED");
  return (
    <>
      <PageHeader
        title={p.commune.name}
        subtitle={`${s.status[p.status]} · ${sourceLabel} · ${s.district}: ${proposerName}${p.submittedAt ? ` · ${formatDateTime(p.submittedAt)}` : ""}`}
        actions={<Link className="text-brand-700 underline" href={`/programme/${year}/proposals`}>{s.back}</Link>}
      />
      {warnings.length ? <div className="mb-4"><Notice tone="warning"><strong>{s.warnings}:</strong> {warnings.join(" ")}</Notice></div> : null}
      {p.decisionReason ? <div className="mb-4"><Notice>{vi.programme.approval.reason}: {p.decisionReason}</Notice></div> : null}
      {editable && prefilled ? <div className="mb-4"><Notice>{s.prefilled}</Notice></div> : null}
      <Card title={s.figures} className="mb-6">
        <ProposalEditForm
          proposalId={p.id} version={p.version} status={p.status} editable={editable} withdrawable={withdrawable}
          criteria={criteria} figures={p.figures as Record<string, number>} otherItems={p.otherItems as Record<string, { present: boolean; note?: string }>}
          hotspotTypes={p.hotspotTypes} justification={p.justification}
        />
      </Card>
      <Card title={s.attachments}>
        <ProposalAttachments proposalId={p.id} files={attachments} canEdit={withdrawable} />
      </Card>
    </>
  );
}
