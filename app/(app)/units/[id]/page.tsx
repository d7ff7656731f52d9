import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { LineageCard } from "@/components/units/lineage-card";
import { getUnitLineage } from "@/lib/server/units/get-unit-lineage";
import { can } from "@/lib/authz/permissions";
import { unitChanges } from "@/lib/i18n/vi/unit-changes";
import { Table } from "@/components/ui/table";
import { UnitPicker } from "@/components/units/unit-picker";
import { CommitteeNameForm } from "@/components/units/committee-name-form";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { getUnitOverview } from "@/lib/server/units/get-unit";
import { formatDate } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";

export default async function UnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ changed?: string }>;
}) {
  const { id } = await params;
  const { changed } = await searchParams;
  const actor = await requirePageActor("unit.view");
  const { unit, children, breadcrumbs } = await loadOrNotFound(() => getUnitOverview(actor, id));
  const lineage = await getUnitLineage(actor, id);
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-slate-600">
        {breadcrumbs.map((b) => (
          <span key={b.id}>
            <Link className="underline" href={`/units/${b.id}`}>
              {b.name}
            </Link>{" "}
            /{" "}
          </span>
        ))}
      </nav>
      <PageHeader title={unit.name} subtitle={`${vi.levels[unit.level]} · ${vi.units.code} ${unit.code}`} />
      {changed ? (
        <div className="mb-4">
          <Notice tone="success">{unitChanges.applied}</Notice>
        </div>
      ) : null}
      {can(actor.role, "unit.change") ? (
        <p className="mb-4">
          <Link className="text-brand-700 underline" href="/units/changes">
            {unitChanges.page.link}
          </Link>
        </p>
      ) : null}
      {unit.validTo ? (
        <p className="mb-4 text-amber-800">{t(vi.units.ceased, { date: formatDate(unit.validTo) })}</p>
      ) : null}
      <div className="mb-4 max-w-xl">
        {can(actor.role, "unit.manage") ? (
          <CommitteeNameForm unitId={unit.id} committeeName={unit.committeeName ?? ""} />
        ) : unit.committeeName ? (
          <p>{unit.committeeName}</p>
        ) : null}
      </div>
      <div className="mb-4 max-w-xl">
        <UnitPicker id="unit-search" hrefPrefix="/units/" includeFormer />
      </div>
      <Card title={vi.units.children}>
        {children.length === 0 ? (
          <p className="text-slate-600">{vi.common.none}</p>
        ) : (
          <Table head={[vi.units.code, vi.units.name, vi.units.kind, vi.units.validity]}>
            {children.map((c) => (
              <tr key={c.id}>
                <td className="tabular-nums">{c.code}</td>
                <td>
                  <Link className="text-brand-700 underline" href={`/units/${c.id}`}>
                    {c.name}
                  </Link>
                </td>
                <td>{vi.kinds[c.kind]}</td>
                <td>{c.validTo ? t(vi.units.ceased, { date: formatDate(c.validTo) }) : "Đang hoạt động"}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <div className="mt-6">
        <LineageCard {...lineage} />
      </div>
    </>
  );
}
