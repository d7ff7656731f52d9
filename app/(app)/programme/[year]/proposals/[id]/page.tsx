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
  const { proposal, criteria, attachments, warnings, proposerName, sourceLabel, editable } = await loadOrNotFound(() =>
    getProposalDetail(actor, id),
  );
  // The URL's year must be the proposal's year (two ids in one URL: check they belong together).
  if (String(proposal.programme.year) !== year) notFound();
  const text = vi.programme.proposals;
  const mayEdit = can(actor.role, "proposal.create");
  const withdrawable = mayEdit && (proposal.status === "DRAFT" || proposal.status === "SUBMITTED");
  return (
    <>
      <PageHeader
        title={proposal.commune.name}
        subtitle={`${text.status[proposal.status]} · ${sourceLabel} · ${text.district}: ${proposerName}${proposal.submittedAt ? ` · ${formatDateTime(proposal.submittedAt)}` : ""}`}
        actions={
          <Link className="text-brand-700 underline" href={`/programme/${year}/proposals`}>
            {text.back}
          </Link>
        }
      />
      {warnings.length ? (
        <div className="mb-4">
          <Notice tone="warning">
            <strong>{text.warnings}:</strong> {warnings.join(" ")}
          </Notice>
        </div>
      ) : null}
      {proposal.decisionReason ? (
        <div className="mb-4">
          <Notice>
            {vi.programme.approval.reason}: {proposal.decisionReason}
          </Notice>
        </div>
      ) : null}
      {editable && prefilled ? (
        <div className="mb-4">
          <Notice>{text.prefilled}</Notice>
        </div>
      ) : null}
      <Card title={text.figures} className="mb-6">
        <ProposalEditForm
          proposalId={proposal.id}
          version={proposal.version}
          status={proposal.status}
          editable={editable}
          withdrawable={withdrawable}
          criteria={criteria}
          figures={proposal.figures as Record<string, number>}
          otherItems={proposal.otherItems as Record<string, { present: boolean; note?: string }>}
          hotspotTypes={proposal.hotspotTypes}
          justification={proposal.justification}
        />
      </Card>
      <Card title={text.attachments}>
        <ProposalAttachments proposalId={proposal.id} files={attachments} canEdit={withdrawable} />
      </Card>
    </>
  );
}
