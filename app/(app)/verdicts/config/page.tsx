import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { YearPicker, yearParam } from "@/components/reviews/year-picker";
import { AddCriterionForm, CrimeConfigForm, CriterionToggle } from "@/components/reviews/config-forms";
import { requirePageActor, loadOrNotFound } from "@/lib/authz/page";
import { formatPercent } from "@/lib/format";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { getVerdictConfig } from "@/lib/server/verdicts/get-verdict-config";
import { t, vi } from "@/lib/i18n/vi";

const text = vi.reviews;

export default async function VerdictConfigPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("programme.manage");
  const year = yearParam((await searchParams).year);
  const { provinceId, programme, criteria, counts } = await loadOrNotFound(() => getVerdictConfig(actor, year));
  return (
    <>
      <PageHeader
        title={text.configTitle}
        subtitle={actor.unitName}
        actions={
          <>
            <YearPicker base="/verdicts/config" year={year} />
            <Link className="text-brand-700 underline" href={`/verdicts?year=${year}`}>
              {vi.common.back}
            </Link>
          </>
        }
      />
      <Card title={t(text.crimeConfig, { year })} className="mb-6">
        {programme ? (
          <>
            <p className="mb-3 text-sm">
              {t(text.thresholdNote, { threshold: formatPercent(Number(programme.passThresholdPercent)) })}
            </p>
            <CrimeConfigForm
              programmeId={programme.id}
              version={programme.version}
              codes={programme.crimeReductionCodes}
              minPercent={Number(programme.crimeReductionMinPercent)}
              options={counts}
            />
          </>
        ) : (
          <Notice>{t(text.noProgramme, { year })}</Notice>
        )}
      </Card>
      <Card title={text.criteria}>
        <Table head={[text.types, text.indicator, vi.users.status, vi.common.actions]}>
          {criteria.map((c) => (
            <tr key={c.id}>
              <td className="whitespace-nowrap">
                {c.hotspotType ? HOTSPOT_TYPE_LABELS[c.hotspotType] : text.criterionGeneral}
              </td>
              <td>{c.name}</td>
              <td>{c.isActive ? text.active : text.inactive}</td>
              <td>
                <CriterionToggle criterionId={c.id} isActive={c.isActive} name={c.name} />
              </td>
            </tr>
          ))}
        </Table>
        <div className="mt-4">
          <AddCriterionForm provinceId={provinceId} />
        </div>
      </Card>
    </>
  );
}
