import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { ScorecardTable } from "@/components/reviews/scorecard-table";
import { ReasonsList } from "@/components/reviews/reasons-list";
import { CriteriaForm } from "@/components/reviews/criteria-form";
import { YearEndReviewForm } from "@/components/reviews/year-end-review-form";
import { FileUpload } from "@/components/reviews/file-upload";
import { IssueVerdictForm, ProposeVerdictForm, RelapseForm } from "@/components/reviews/verdict-forms";
import { ReviewDecisionForm } from "@/components/reviews/review-decision-form";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { formatDate, formatPercent, toInputDay } from "@/lib/format";
import { isEditable } from "@/lib/domain/review-workflow";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { getVerdictPage } from "@/lib/server/verdicts/get-verdict-page";
import { t, vi } from "@/lib/i18n/vi";
import { documents } from "@/lib/i18n/vi/documents";
import { actorLevelNames, withLevel } from "@/lib/server/units/level-names";

const text = vi.reviews;
const PROPOSAL_STATUS: Record<string, string> = {
  DRAFT: "nháp",
  SUBMITTED: "đã gửi",
  WITHDRAWN: "đã rút",
  APPROVED: "đã chấp thuận",
  REJECTED: "không chấp thuận",
};

export default async function VerdictPage({ params }: { params: Promise<{ selectionId: string }> }) {
  const actor = await requirePageActor("kpi.view");
  const { selectionId } = await params;
  const [verdictPage, names] = await Promise.all([
    loadOrNotFound(() => getVerdictPage(actor, selectionId)),
    actorLevelNames(actor),
  ]);
  const lv = (template: string) => withLevel(template, names);
  const { selection, review, assessment, pending, effective, history, minutes, relapse, watch, nextProposal } =
    verdictPage;
  const rec = assessment.result;
  const frozen = !!effective;
  const reviewEditable = !frozen && (!review || isEditable(review.status));
  const canPropose = can(actor.role, "verdict.propose") && !frozen;
  const isSecretariat = actor.role === "PROVINCE_SECRETARIAT" && actor.unitLevel === "PROVINCE";
  const year = selection.programme.year;
  return (
    <>
      <PageHeader
        title={`${text.kinds.YEAR_END} ${year} · ${selection.commune.name}`}
        subtitle={`${selection.commune.parent?.name ?? ""} · ${selection.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}`}
        actions={
          <Link className="text-brand-700 underline" href={`/verdicts?year=${year}`}>
            {vi.common.back}
          </Link>
        }
      />
      <p className="mb-4 font-medium" data-testid="verdict-stage">
        {text.progress}: {lv(text.stage[effective ? "ISSUED" : (pending?.stage ?? "NONE")])}
      </p>

      {effective ? (
        <Card
          title={`${text.finalVerdict}: ${effective.verdict ? text.verdict[effective.verdict] : ""}`}
          className="mb-6"
        >
          <div className="space-y-2" data-testid="issued-verdict">
            <p>
              {text.decisionNumber} <strong>{effective.decisionNumber}</strong> · {text.decisionDate}{" "}
              {formatDate(effective.decisionDate)} ·{" "}
              <Link className="text-brand-700 underline" href={`/verdicts/${selection.id}/decision`}>
                {documents.openPrint}
              </Link>
            </p>
            <p>
              {text.recommendation}: {text.verdict[effective.recommendation]}
              {effective.isOverride ? (
                <strong className="ml-2 rounded bg-amber-100 px-1 text-amber-900">{text.override}</strong>
              ) : null}
            </p>
            {effective.justification ? (
              <p className="whitespace-pre-wrap">
                {text.justification}: {effective.justification}
              </p>
            ) : null}
            {effective.verdict === "PASSED" && watch ? (
              <Notice tone={relapse ? "error" : "success"}>
                {relapse
                  ? t(text.relapsed, { date: formatDate(relapse.date), reason: relapse.reason })
                  : watch.active
                    ? t(text.underWatch, { date: formatDate(new Date(watch.end.getTime() - 1)) })
                    : t(text.watchEnded, { date: formatDate(new Date(watch.end.getTime() - 1)) })}
                {watch.active && !relapse && watch.heldBy.length > 0 ? (
                  <span className="block" data-testid="inherited-watch">
                    {t(text.watchInherited, {
                      names: watch.heldBy.map((u) => u.name).join(", "),
                      from: selection.commune.name,
                    })}
                  </span>
                ) : null}
              </Notice>
            ) : null}
            {effective.verdict === "NOT_PASSED" ? (
              <Notice tone="warning">
                {nextProposal
                  ? t(text.carryOver, {
                      year: year + 1,
                      status: PROPOSAL_STATUS[nextProposal.status] ?? nextProposal.status,
                    })
                  : t(text.consequenceNoNextProgramme, { year: year + 1 })}
                {nextProposal?.carryOverReasons ? <span className="block">{nextProposal.carryOverReasons}</span> : null}
              </Notice>
            ) : null}
            <p className="text-sm text-slate-600">{text.frozen}</p>
          </div>
          {history.length > 1 ? (
            <div className="mt-3">
              <h3 className="font-semibold">{text.history}</h3>
              <ul className="text-sm">
                {history.map((h) => (
                  <li key={h.id}>
                    {h.decisionNumber} ({formatDate(h.decisionDate)}): {h.verdict ? text.verdict[h.verdict] : ""}
                    {h.amendsId ? ` — ${text.amend.toLowerCase()}` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {can(actor.role, "verdict.issue") ? (
            <details className="mt-4">
              <summary className="cursor-pointer text-brand-700">{text.amend}</summary>
              <div className="mt-3">
                <IssueVerdictForm
                  mode="amend"
                  verdictId={effective.id}
                  recommendation={rec.recommendation}
                  proposal={effective.verdict ?? rec.recommendation}
                  version={effective.version}
                />
              </div>
            </details>
          ) : null}
          {can(actor.role, "relapse.record") && effective.verdict === "PASSED" && !relapse ? (
            <details className="mt-4">
              <summary className="cursor-pointer text-red-700">{text.relapseTitle}</summary>
              <div className="mt-3">
                <RelapseForm verdictId={effective.id} />
              </div>
            </details>
          ) : null}
        </Card>
      ) : null}

      <Card title={text.recommendation} className="mb-6">
        <p className="mb-2 text-lg" data-testid="recommendation">
          <strong className={rec.recommendation === "PASSED" ? "text-emerald-700" : "text-red-700"}>
            {text.verdict[rec.recommendation]}
          </strong>{" "}
          — {rec.achievedCount}/{rec.totalCount} ({formatPercent(rec.achievedShare)})
        </p>
        <p className="mb-3 text-sm text-slate-600">
          {t(text.recommendationHint, { threshold: formatPercent(Number(selection.programme.passThresholdPercent)) })}
        </p>
        <ReasonsList reasons={rec.reasons} />
      </Card>

      <Card title={text.scorecard} className="mb-6">
        <ScorecardTable card={assessment.scorecard} />
        <p className="mt-2 text-sm">
          {t(text.crimeReduction, { codes: assessment.crime.codes.join(", ") })}: {assessment.crime.message}
        </p>
      </Card>

      <Card title={lv(text.yearEndReview)} className="mb-6">
        {review?.status === "RETURNED" && review.returnReason ? (
          <div className="mb-3">
            <Notice tone="warning">
              <span data-testid="year-end-return-reason">
                {t(text.returnedBecause, { reason: review.returnReason })}
              </span>
            </Notice>
          </div>
        ) : null}
        {canPropose && reviewEditable ? (
          <YearEndReviewForm
            defaults={{
              selectionId: selection.id,
              meetingDate: toInputDay(review?.meetingDate ?? null),
              newComplexity: review?.newComplexity ?? null,
              results: review?.results ?? "",
              shortcomings: review?.shortcomings ?? "",
              nextMeasures: review?.nextMeasures ?? "",
              version: review?.version ?? 0,
            }}
          />
        ) : review ? (
          <dl className="space-y-1 text-sm">
            <div>
              <dt className="inline font-medium">{text.meetingDate}: </dt>
              <dd className="inline">{formatDate(review.meetingDate)}</dd>
            </div>
            <div>
              <dt className="inline font-medium">{text.newComplexity} </dt>
              <dd className="inline">
                {review.newComplexity === null ? "—" : review.newComplexity ? vi.common.yes : vi.common.no}
              </dd>
            </div>
            <div>
              <dt className="font-medium">{text.results}</dt>
              <dd className="whitespace-pre-wrap">{review.results || "—"}</dd>
            </div>
          </dl>
        ) : (
          <p className="text-slate-600">{vi.common.none}</p>
        )}
        <div className="mt-4 space-y-2">
          <h3 className="font-semibold">{text.minutes}</h3>
          {minutes.length ? (
            <ul className="text-sm">
              {minutes.map((m) => (
                <li key={m.id}>
                  <a className="text-brand-700 underline" href={`/api/reviews/attachments/${m.id}`}>
                    {m.fileName}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{text.minutesRequired}</p>
          )}
          {canPropose && review && reviewEditable ? (
            <FileUpload target="minutes" ownerId={review.id} id="minutes-file" label={text.uploadMinutes} />
          ) : null}
        </div>
      </Card>

      <Card title={text.criteria} className="mb-6">
        <CriteriaForm selectionId={selection.id} criteria={assessment.criteria} canEdit={canPropose} />
      </Card>

      {!frozen ? (
        <Card title={text.proposal} className="mb-6">
          <div className="space-y-4">
            <p className="text-sm">
              {lv(text.districtProposal)}:{" "}
              <strong>{pending?.districtProposal ? text.verdict[pending.districtProposal] : "—"}</strong> ·{" "}
              {text.secretariatProposal}:{" "}
              <strong>{pending?.secretariatProposal ? text.verdict[pending.secretariatProposal] : "—"}</strong>
            </p>
            {canPropose && (!pending || pending.stage === "DISTRICT_PROPOSED") && (!isSecretariat || !pending) ? (
              <div>
                <h3 className="mb-2 font-semibold">{lv(text.districtProposal)}</h3>
                <ProposeVerdictForm
                  selectionId={selection.id}
                  level="DISTRICT"
                  recommendation={rec.recommendation}
                  version={pending?.version ?? 0}
                />
              </div>
            ) : null}
            {canPropose && isSecretariat && pending?.stage === "DISTRICT_PROPOSED" && review?.status === "SUBMITTED" ? (
              <div>
                <h3 className="mb-1 font-semibold">{lv(text.returnToDistrict)}</h3>
                <p className="mb-2 text-sm text-slate-600">{lv(text.returnToDistrictHint)}</p>
                <ReviewDecisionForm reviewId={review.id} version={review.version} returnOnly />
              </div>
            ) : null}
            {canPropose && isSecretariat && pending?.stage === "DISTRICT_PROPOSED" && review?.status !== "RETURNED" ? (
              <div>
                <h3 className="mb-2 font-semibold">{text.secretariatProposal}</h3>
                <ProposeVerdictForm
                  selectionId={selection.id}
                  level="SECRETARIAT"
                  recommendation={pending.districtProposal ?? rec.recommendation}
                  version={pending.version}
                />
              </div>
            ) : null}
            {can(actor.role, "verdict.issue") && pending?.stage === "SECRETARIAT_PROPOSED" ? (
              <div>
                <h3 className="mb-1 font-semibold">{text.issueTitle}</h3>
                <p className="mb-2 text-sm text-slate-600">
                  {t(text.approverActs, { title: selection.programme.approverTitle })}
                </p>
                <IssueVerdictForm
                  verdictId={pending.id}
                  recommendation={rec.recommendation}
                  proposal={pending.secretariatProposal ?? rec.recommendation}
                  version={pending.version}
                />
              </div>
            ) : null}
          </div>
        </Card>
      ) : null}
    </>
  );
}
