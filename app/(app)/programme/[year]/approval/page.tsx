import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { ApprovalTable } from "@/components/programme/approval-table";
import { AmendDecisionForm, IssueDecisionForm } from "@/components/programme/decision-forms";
import { ProposalCreateForm } from "@/components/programme/proposal-create-form";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { formatDate, formatPercent } from "@/lib/format";
import { getApprovalBoard } from "@/lib/server/decisions/get-approval-board";
import { t, vi } from "@/lib/i18n/vi";
import { appNow } from "@/lib/clock";
import { vnDayKey } from "@/lib/domain/vn-date";

export default async function ApprovalPage({ params }: { params: Promise<{ year: string }> }) {
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  const actor = await requirePageActor("proposal.decide");
  const board = await loadOrNotFound(() => getApprovalBoard(actor, year));
  const text = vi.programme.approval;
  const { cap } = board;
  const today = vnDayKey(appNow());
  return (
    <>
      <PageHeader
        title={t(text.title, { year })}
        subtitle={board.programme.provinceName}
        actions={
          <Link className="text-brand-700 underline" href={`/programme/${year}`}>
            {t(vi.programme.title, { year })}
          </Link>
        }
      />
      <Card className="mb-6">
        <p className="text-3xl font-bold text-brand-700" data-testid="cap-counter">
          {t(text.cap, { count: cap.count, max: cap.max })}
        </p>
        <p className="mt-1 text-sm text-slate-600">
          {t(text.capHelp, {
            percent: formatPercent(cap.capPercent),
            communes: cap.communes,
            date: formatDate(board.programme.approvalDate),
          })}
        </p>
      </Card>
      {board.districtWarnings.length ? (
        <div className="mb-4">
          <Notice tone="warning">
            <strong>{text.districtWarnings}:</strong> {board.districtWarnings.map((w) => w.message).join(" ")}
          </Notice>
        </div>
      ) : null}
      {board.decided ? (
        <div className="mb-4">
          <Notice>{text.decided}</Notice>
        </div>
      ) : null}
      <Card className="mb-6">
        <ApprovalTable rows={board.rows} districts={board.districts} year={board.programme.year} />
      </Card>
      <Card title={text.addCommune} className="mb-6">
        <ProposalCreateForm programmeId={board.programme.id} year={year} candidates={board.addable} mode="province" />
      </Card>
      {board.decided ? (
        <>
          <Card title={text.selected} className="mb-6">
            <ol className="list-decimal pl-5">
              {board.selections.map((x) => (
                <li key={x.id} className={x.status === "REMOVED" ? "text-slate-500 line-through" : ""}>
                  {x.commune.name}
                  {x.commune.parent?.level === "DISTRICT" ? ` (${x.commune.parent.name})` : ""}
                </li>
              ))}
            </ol>
          </Card>
          <Card title={text.amend} className="mb-6">
            <AmendDecisionForm
              programmeId={board.programme.id}
              signatoryTitle={board.programme.approverTitle}
              defaultDate={today}
              addable={board.pendingAmendment.map((r) => ({ id: r.id, name: r.communeName }))}
              removable={board.selections
                .filter((x) => x.status === "SELECTED")
                .map((x) => ({ id: x.id, name: x.commune.name }))}
            />
          </Card>
        </>
      ) : (
        <Card title={text.issue} className="mb-6">
          <IssueDecisionForm
            programmeId={board.programme.id}
            year={year}
            count={cap.count}
            signatoryTitle={board.programme.approverTitle}
            defaultDate={today}
            early={board.early.message}
          />
        </Card>
      )}
      {board.decisions.length ? (
        <Card title={text.decisions}>
          <ul className="space-y-1">
            {board.decisions.map((d) => (
              <li key={d.id} className="flex flex-wrap gap-3">
                <span>
                  {text.kind[d.kind]} —{" "}
                  {t(vi.programme.decision.numberDate, { number: d.number, date: formatDate(d.date) })}
                </span>
                <Link className="text-brand-700 underline" href={`/programme/${year}/decisions/${d.id}`}>
                  {text.view}
                </Link>
                <a className="text-brand-700 underline" href={`/api/programme/decisions/${d.id}/xlsx`}>
                  {text.excel}
                </a>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
