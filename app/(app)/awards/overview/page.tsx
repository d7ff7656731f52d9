import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { YearPicker, yearParam } from "@/components/reviews/year-picker";
import { ReadingProvince } from "@/components/committee/reading-province";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getAwardsOverview } from "@/lib/server/awards/get-awards-overview";
import { getReadingProvince } from "@/lib/server/committee/get-reading-province";
import { t, vi } from "@/lib/i18n/vi";

const text = vi.reviews;

/**
 * Issue #18 §5: a read-only view of a province's emulation round and the nominations sent to it, for readers
 * without the awards workflow (the ministry on the province it reads, the province's leadership).
 */
export default async function AwardsOverviewPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("kpi.view");
  const year = yearParam((await searchParams).year);
  const [{ round, nominations }, reading] = await Promise.all([
    loadOrNotFound(() => getAwardsOverview({ actor, year })),
    getReadingProvince({ actor }),
  ]);
  return (
    <>
      <PageHeader
        title={text.awardsTitle}
        subtitle={t(text.round, { year })}
        actions={<YearPicker base="/awards/overview" year={year} />}
      />
      <ReadingProvince province={reading} />
      {!round ? (
        <Notice>{t(text.noRound, { year })}</Notice>
      ) : (
        <>
          <Card className="mb-6">
            <p className="text-sm">
              {text.collectiveQuota}: <strong>{round.collectiveQuota}</strong> · {text.individualQuota}:{" "}
              <strong>{round.individualQuota}</strong> · {text.leaderMaxPercent}:{" "}
              <strong>{round.leaderMaxPercent}%</strong>
            </p>
            {round.priorityNotes ? (
              <p className="mt-1 text-sm">
                {text.priorityNotes}: {round.priorityNotes}
              </p>
            ) : null}
          </Card>
          <Card title={text.nominations}>
            {nominations.length === 0 ? (
              <p className="text-slate-600">{vi.common.none}</p>
            ) : (
              <Table head={[text.nominee, text.nominatingUnit, vi.users.status]}>
                {nominations.map((n) => (
                  <tr key={n.id} data-testid="award-nomination">
                    <td>
                      {n.name} ({text.kind[n.kind]})
                      {n.position ? <span className="block text-xs">{n.position}</span> : null}
                    </td>
                    <td>{n.unitName}</td>
                    <td>
                      {text.nominationStatus[n.status]}
                      {n.decisionReason ? (
                        <span className="block text-xs text-slate-600">{n.decisionReason}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
        </>
      )}
    </>
  );
}
