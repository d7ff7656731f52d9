import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { MonthlyEntryForm } from "@/components/monthly/monthly-entry-form";
import { ReviewPanel } from "@/components/monthly/review-panel";
import { ExcelImport } from "@/components/monthly/excel-import";
import { HistoryList } from "@/components/monthly/history-list";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { formatDateTime } from "@/lib/format";
import { getMonthlyEntry } from "@/lib/server/monthly/get-monthly-entry";
import { daysLeftText } from "@/lib/server/monthly/context";
import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { t, vi } from "@/lib/i18n/vi";

type Params = Promise<{ communeId: string; year: string; month: string }>;

export default async function MonthlyEntryPage({ params }: { params: Params }) {
  const actor = await requirePageActor("monthly.view");
  const routeParams = await params;
  const entry = await loadOrNotFound(() =>
    getMonthlyEntry(actor, routeParams.communeId, Number(routeParams.year), Number(routeParams.month)),
  );
  const status = entry.report?.status ?? null;
  const entryWindow = entry.window;
  return (
    <>
      <PageHeader
        title={t(vi.monthly.entryTitle, { month: entry.month, year: entry.year })}
        subtitle={`${entry.commune.name}${entry.commune.parentName ? ` · ${entry.commune.parentName}` : ""}`}
        actions={
          <div className="flex flex-wrap gap-2 text-sm">
            <a
              className="rounded-md border px-3 py-2"
              href={`/monthly/${entry.commune.id}/${entry.year}/${entry.month}/export`}
            >
              {vi.monthly.exportExcel}
            </a>
            <Link className="rounded-md border px-3 py-2" href={`/monthly?year=${entry.year}&month=${entry.month}`}>
              {vi.common.back}
            </Link>
          </div>
        }
      />
      <div className="mb-4 space-y-2">
        <p className="text-sm" data-testid="report-status">
          Trạng thái: <strong>{status ? REVIEW_STATUS_LABELS[status] : vi.monthly.status.NONE}</strong>
          {entry.report?.submittedAt ? ` · gửi lúc ${formatDateTime(entry.report.submittedAt)}` : ""}
        </p>
        {entryWindow.isOpen && entryWindow.daysRemaining !== null ? (
          <Notice tone={entryWindow.daysRemaining <= 3 ? "warning" : "info"}>{daysLeftText(entryWindow)}</Notice>
        ) : entryWindow.reason ? (
          <Notice tone={entryWindow.isOpen ? "info" : "warning"}>{entryWindow.reason}</Notice>
        ) : null}
        {status === "RETURNED" && entry.report?.returnReason ? (
          <Notice tone="error">
            <span data-testid="return-reason">
              {t(vi.monthly.returnedReason, { reason: entry.report.returnReason })}
            </span>
          </Notice>
        ) : null}
        {status && !entry.canEdit && (status === "SUBMITTED" || status === "ACCEPTED") ? (
          <Notice tone="info">{t(vi.monthly.readOnly, { status: REVIEW_STATUS_LABELS[status] })}</Notice>
        ) : null}
        {entry.acceptance && (entry.acceptance.by || entry.acceptance.undoRefusal) ? (
          <Notice tone="info">
            {entry.acceptance.by ? (
              <span className="block" data-testid="accepted-by">
                {t(vi.monthly.acceptedBy, { who: entry.acceptance.by, at: formatDateTime(entry.acceptance.at) })}
              </span>
            ) : null}
            {entry.acceptance.undoRefusal ? (
              <span className="block" data-testid="undo-refusal">
                {entry.acceptance.undoRefusal}
              </span>
            ) : null}
          </Notice>
        ) : null}
        {!entry.selected ? <Notice tone="info">{t(vi.monthly.notSelected, { year: entry.year })}</Notice> : null}
      </div>
      {entry.canReview || entry.canUnlock || entry.canGrantEntry ? (
        <Card title="Xét duyệt" className="mb-6">
          <ReviewPanel
            reportId={entry.report?.id ?? null}
            version={entry.report?.version ?? 0}
            communeId={entry.commune.id}
            year={entry.year}
            month={entry.month}
            canReview={entry.canReview}
            canUnlock={entry.canUnlock}
            canGrantEntry={entry.canGrantEntry}
            defaultCorrectUntil={entry.defaultCorrectUntil}
          />
        </Card>
      ) : null}
      {entry.changesSince ? (
        <Card title={vi.monthly.changesSince} className="mb-6">
          <p className="mb-2 text-xs text-slate-600">
            {entry.changesSince.base === "ACCEPT" ? "Lần tiếp nhận" : "Lần trả lại"} lúc{" "}
            {formatDateTime(entry.changesSince.at)}
          </p>
          <div data-testid="changes-since">
            {entry.changesSince.changes.length === 0 ? (
              <p className="text-sm">{vi.monthly.noChanges}</p>
            ) : (
              <HistoryList items={entry.changesSince.changes} label={(h) => h.name} />
            )}
          </div>
        </Card>
      ) : null}
      <MonthlyEntryForm entry={entry} userId={actor.userId} />
      {entry.canEdit ? (
        <Card className="mt-6">
          <ExcelImport
            communeId={entry.commune.id}
            year={entry.year}
            month={entry.month}
            version={entry.report?.version ?? 0}
          />
        </Card>
      ) : null}
    </>
  );
}
