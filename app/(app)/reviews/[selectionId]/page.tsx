import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { ScorecardTable } from "@/components/reviews/scorecard-table";
import { InterimReviewForm } from "@/components/reviews/interim-review-form";
import { ReviewDecisionForm } from "@/components/reviews/review-decision-form";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { formatDate, formatPercent } from "@/lib/format";
import { isEditable } from "@/lib/domain/review-workflow";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { getInterimReview } from "@/lib/server/reviews/get-interim-review";
import { t, vi } from "@/lib/i18n/vi";

const text = vi.reviews;

export default async function InterimReviewPage({ params }: { params: Promise<{ selectionId: string }> }) {
  const actor = await requirePageActor("kpi.view");
  const { selectionId } = await params;
  const { selection, review, scorecard, offTrack, threshold } = await loadOrNotFound(() =>
    getInterimReview(actor, selectionId),
  );
  const status = review?.status ?? "DRAFT";
  const canEdit = can(actor.role, "review.submit") && isEditable(status);
  const canDecide = can(actor.role, "review.decide") && status === "SUBMITTED";
  return (
    <>
      <PageHeader
        title={`${text.kinds.INTERIM} · ${selection.commune.name}`}
        subtitle={`${selection.commune.parent?.name ?? ""} · ${selection.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")} · ${t(text.interimDate, { date: formatDate(selection.programme.interimReviewDate) })}`}
        actions={
          <Link className="text-brand-700 underline" href={`/reviews?year=${selection.programme.year}`}>
            {vi.common.back}
          </Link>
        }
      />
      <div className="mb-4 space-y-2">
        <p>
          <span className="font-medium">{vi.reviews.status[review?.status ?? "NONE"]}</span>
          {offTrack ? (
            <strong className="ml-3 text-amber-800">
              ⚠ {text.offTrack}: {t(text.offTrackHint, { threshold: formatPercent(threshold) })}
            </strong>
          ) : (
            <span className="ml-3 text-emerald-700">{text.onTrack}</span>
          )}
        </p>
        {review?.status === "RETURNED" && review.returnReason ? (
          <Notice tone="warning">{t(text.returnedBecause, { reason: review.returnReason })}</Notice>
        ) : null}
        {canEdit ? <Notice>{text.nextStepDistrict}</Notice> : null}
        {status === "SUBMITTED" ? <Notice>{text.nextStepProvince}</Notice> : null}
      </div>
      <Card title={text.scorecard} className="mb-6">
        <ScorecardTable card={scorecard} />
      </Card>
      <Card title={text.narrative} className="mb-6">
        {canEdit ? (
          <InterimReviewForm
            defaults={{
              selectionId: selection.id,
              results: review?.results ?? "",
              shortcomings: review?.shortcomings ?? "",
              nextMeasures: review?.nextMeasures ?? "",
              version: review?.version ?? 0,
              submit: false,
            }}
          />
        ) : review ? (
          <dl className="space-y-3">
            {(
              [
                ["results", text.results],
                ["shortcomings", text.shortcomings],
                ["nextMeasures", text.nextMeasures],
              ] as const
            ).map(([k, label]) => (
              <div key={k}>
                <dt className="font-medium">{label}</dt>
                <dd className="whitespace-pre-wrap text-slate-700">{review[k] || "—"}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-slate-600">{vi.common.none}</p>
        )}
      </Card>
      {canDecide && review ? (
        <Card title={text.accept}>
          <ReviewDecisionForm reviewId={review.id} version={review.version} />
        </Card>
      ) : null}
    </>
  );
}
