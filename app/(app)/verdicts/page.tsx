import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { KpiCards } from "@/components/reviews/kpi-cards";
import { YearPicker, yearParam } from "@/components/reviews/year-picker";
import { requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { formatDate } from "@/lib/format";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { listVerdicts } from "@/lib/server/verdicts/list-verdicts";
import { getProgrammeKpis } from "@/lib/server/verdicts/get-programme-kpis";
import { t, vi } from "@/lib/i18n/vi";

import { actorLevelNames, withLevel } from "@/lib/server/units/level-names";

const text = vi.reviews;

export default async function VerdictsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("kpi.view");
  const year = yearParam((await searchParams).year);
  const [rows, kpis, names] = await Promise.all([
    listVerdicts(actor, year),
    getProgrammeKpis(actor, year),
    actorLevelNames(actor),
  ]);
  return (
    <>
      <PageHeader
        title={text.verdictsTitle}
        subtitle={actor.unitName}
        actions={
          <>
            {can(actor.role, "programme.manage") ? (
              <Link className="text-brand-700 underline" href={`/verdicts/config?year=${year}`}>
                {text.configLink}
              </Link>
            ) : null}
            {/* Readers without the awards workflow (the ministry, the leadership) see the awards read-only. */}
            {can(actor.role, "award.nominate") ? null : (
              <Link className="text-brand-700 underline" href={`/awards/overview?year=${year}`}>
                {text.awardsTitle}
              </Link>
            )}
            <YearPicker base="/verdicts" year={year} />
          </>
        }
      />
      <Card title={text.kpiTitle} className="mb-6">
        <KpiCards year={year} kpis={kpis} />
      </Card>
      <Card>
        {rows.length === 0 ? (
          <p className="text-slate-600">{text.noSelection}</p>
        ) : (
          <Table
            head={[text.commune, text.district, text.types, text.progress, text.finalVerdict, vi.common.actions]}
            caption={text.verdictsTitle}
          >
            {rows.map((r) => (
              <tr key={r.selection.id}>
                <td className="font-medium">{r.selection.commune.name}</td>
                <td>{r.selection.commune.parent?.name}</td>
                <td>{r.selection.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}</td>
                <td>{withLevel(text.stage[r.effective ? "ISSUED" : (r.pending?.stage ?? "NONE")], names)}</td>
                <td>
                  {r.effective?.verdict ? (
                    <>
                      <strong className={r.effective.verdict === "PASSED" ? "text-emerald-700" : "text-red-700"}>
                        {text.verdict[r.effective.verdict]}
                      </strong>
                      {r.effective.isOverride ? (
                        <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{text.override}</span>
                      ) : null}
                      <span className="block text-xs text-slate-600">
                        {r.effective.decisionNumber} · {formatDate(r.effective.decisionDate)}
                      </span>
                      {r.relapse ? (
                        <span className="block text-xs text-red-700">
                          {t(text.relapsed, { date: formatDate(r.relapse.date), reason: "" }).replace(/: $/, "")}
                        </span>
                      ) : r.watch ? (
                        <span className="block text-xs text-slate-600">
                          {r.watch.active
                            ? t(text.underWatch, { date: formatDate(new Date(r.watch.end.getTime() - 1)) })
                            : t(text.watchEnded, { date: formatDate(new Date(r.watch.end.getTime() - 1)) })}
                        </span>
                      ) : null}
                      {r.watch?.active && !r.relapse && r.watch.heldBy.length > 0 ? (
                        <span className="block text-xs text-slate-600">
                          {t(text.watchInherited, {
                            names: r.watch.heldBy.map((u) => u.name).join(", "),
                            from: r.selection.commune.name,
                          })}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td>
                  <Link
                    className="text-brand-700 underline"
                    href={`/verdicts/${r.selection.id}`}
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
