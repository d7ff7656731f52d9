import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { Crumbs, DashboardTabs, Num } from "@/components/dashboard/parts";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getValueHistory } from "@/lib/server/dashboards/get-value-history";
import { parseFilters } from "@/lib/server/dashboards/filters";
import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-workflow";
import { formatDateTime } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

type Props = {
  params: Promise<{ unitId: string; indicatorId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const show = (v: unknown) =>
  v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v);

export default async function ValueHistoryPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("dashboard.view");
  const { unitId, indicatorId } = await params;
  const filters = parseFilters(await searchParams);
  const valueHistory = await loadOrNotFound(() => getValueHistory(actor, unitId, indicatorId, filters.year));
  const text = vi.dashboard.drill;
  const partName = new Map(valueHistory.parts.map((p) => [p.id, p.name]));
  return (
    <>
      <PageHeader
        title={valueHistory.indicator.name}
        subtitle={`${valueHistory.commune.name} · ${vi.dashboard.filters.year} ${valueHistory.year}`}
      />
      <DashboardTabs active="drill" filters={filters} unitId={valueHistory.commune.id} />
      <Crumbs
        crumbs={[...valueHistory.crumbs, { id: valueHistory.commune.id, name: valueHistory.indicator.name }].slice(
          0,
          -1,
        )}
        filters={filters}
      />
      <Card title={text.monthly}>
        <Table
          head={[vi.dashboard.trends.month, ...valueHistory.parts.flatMap((p) => [p.name, `${text.status}`])]}
          caption={text.monthly}
        >
          {valueHistory.months.map((m) => (
            <tr key={m.month} data-month={m.month}>
              <td>{m.month}</td>
              {m.values.flatMap((v) => [
                v.bool !== null ? (
                  <td key={`${v.indicatorId}v`}>{v.bool ? vi.common.yes : vi.common.no}</td>
                ) : (
                  <Num key={`${v.indicatorId}v`} value={v.num} />
                ),
                <td key={`${v.indicatorId}s`}>{v.status ? REVIEW_STATUS_LABELS[v.status] : "—"}</td>,
              ])}
            </tr>
          ))}
        </Table>
      </Card>
      <Card title={text.history} className="mt-6">
        {valueHistory.history.length === 0 ? (
          <p>{text.noHistory}</p>
        ) : (
          <Table
            head={[
              text.changedAt,
              vi.dashboard.trends.month,
              text.indicator,
              text.oldValue,
              text.newValue,
              text.changedBy,
            ]}
            caption={text.history}
          >
            {valueHistory.history.map((h, i) => (
              <tr key={i}>
                <td>{formatDateTime(h.changedAt)}</td>
                <td>
                  {h.month}/{h.year}
                </td>
                <td>{partName.get(h.indicatorId)}</td>
                <td>{show(h.oldValue)}</td>
                <td>{show(h.newValue)}</td>
                <td>{h.changedBy}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
