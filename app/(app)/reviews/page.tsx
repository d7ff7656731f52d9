import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { YearPicker, yearParam } from "@/components/reviews/year-picker";
import { requirePageActor } from "@/lib/authz/page";
import { formatPercent } from "@/lib/format";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { listInterimReviews } from "@/lib/server/reviews/list-interim-reviews";
import { t, vi } from "@/lib/i18n/vi";

const text = vi.reviews;

export default async function InterimReviewsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("kpi.view");
  const year = yearParam((await searchParams).year);
  const rows = await listInterimReviews(actor, year);
  const offTrack = rows.filter((r) => r.offTrack).length;
  return (
    <>
      <PageHeader
        title={text.listTitle}
        subtitle={actor.unitName}
        actions={<YearPicker base="/reviews" year={year} />}
      />
      {offTrack > 0 ? (
        <div className="mb-4">
          <Notice tone="warning">
            {offTrack} {text.offTrack.toLowerCase()}:{" "}
            {t(text.offTrackHint, {
              threshold: formatPercent(Number(rows[0]!.selection.programme.passThresholdPercent)),
            })}
          </Notice>
        </div>
      ) : null}
      <Card>
        {rows.length === 0 ? (
          <p className="text-slate-600">{text.noSelection}</p>
        ) : (
          <Table
            head={[text.commune, text.district, text.types, text.achieved, text.offTrack, vi.common.actions]}
            caption={text.listTitle}
          >
            {rows.map((r) => (
              <tr key={r.selection.id} className={r.offTrack ? "bg-amber-50" : undefined}>
                <td className="font-medium">{r.selection.commune.name}</td>
                <td>{r.selection.commune.parent?.name}</td>
                <td>{r.selection.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}</td>
                <td className="whitespace-nowrap">
                  {r.achievedCount}/{r.totalCount} ({formatPercent(r.achievedShare)})
                </td>
                <td>{r.offTrack ? <strong className="text-amber-800">⚠ {text.offTrack}</strong> : text.onTrack}</td>
                <td className="whitespace-nowrap">
                  <span className="mr-2">{text.status[r.review?.status ?? "NONE"]}</span>
                  <Link
                    className="text-brand-700 underline"
                    href={`/reviews/${r.selection.id}`}
                    aria-label={`${text.open} ${r.selection.commune.name}`}
                  >
                    {text.open}
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
