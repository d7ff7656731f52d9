import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { IndicatorEditForm } from "@/components/monthly/indicator-edit-form";
import { requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { addMonthsYM } from "@/lib/domain/period";
import { formatNumber } from "@/lib/format";
import { listCatalogue } from "@/lib/server/monthly/list-catalogue";
import type { IndicatorDef } from "@/lib/server/monthly/catalogue";
import { vi } from "@/lib/i18n/vi";

const cmp = { GTE: "≥", LTE: "≤", EQ: "=" } as const;
const per = (p: number) => `${String(p % 100).padStart(2, "0")}/${Math.floor(p / 100)}`;

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<{ province?: string }> }) {
  const actor = await requirePageActor("monthly.view");
  const sp = await searchParams;
  const catalogue = await listCatalogue(actor, sp.province);
  if (!catalogue.province) {
    return (
      <>
        <PageHeader title={vi.monthly.catalogueTitle} subtitle="Chọn tỉnh" />
        <Card>
          <ul>
            {catalogue.provinces.map((p) => (
              <li key={p.id}>
                <Link className="text-brand-700 underline" href={`/monthly/indicators?province=${p.id}`}>
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </>
    );
  }
  const manage = can(actor.role, "indicator.manage");
  const next = addMonthsYM({ year: Math.floor(catalogue.period / 100), month: catalogue.period % 100 }, 1);
  const nextPeriod = `${String(next.month).padStart(2, "0")}/${next.year}`;
  const row = (i: IndicatorDef) => (
    <tr key={i.id}>
      <td className="font-mono text-xs">{i.code}</td>
      <td>
        {i.name}
        {i.kind === "RATIO" ? (
          <span className="block text-xs text-slate-500">
            = {i.numeratorCode} / {i.denominatorCode} × 100
          </span>
        ) : i.kind === "REDUCTION" ? (
          <span className="block text-xs text-slate-500">so với cùng kỳ: {i.numeratorCode}</span>
        ) : null}
      </td>
      <td>{vi.monthly.groups[i.group]}</td>
      <td>
        {vi.monthly.kinds[i.kind]}
        {i.kind === "COUNT" || i.kind === "BOOLEAN" ? (
          <span className="block text-xs text-slate-500">{vi.monthly.aggregation[i.aggregation]}</span>
        ) : null}
      </td>
      <td>{i.unitLabel}</td>
      <td>
        {i.targetComparator && i.targetValue !== null
          ? `${cmp[i.targetComparator]} ${formatNumber(i.targetValue)}`
          : ""}
      </td>
      <td className="text-xs">
        {i.validFromPeriod > 190001 ? `từ ${per(i.validFromPeriod)}` : "từ đầu"}
        {i.validToPeriod ? ` đến trước ${per(i.validToPeriod)}` : ""}
      </td>
      {manage ? (
        <td>
          {i.validToPeriod === null ? (
            <IndicatorEditForm
              id={i.id}
              code={i.code}
              name={i.name}
              unitLabel={i.unitLabel}
              targetValue={i.targetValue}
              hasTarget={i.targetComparator !== null}
              isRequired={i.isRequired}
              lowerIsBetter={i.lowerIsBetter}
              nextPeriod={nextPeriod}
            />
          ) : null}
        </td>
      ) : null}
    </tr>
  );
  const head = [
    vi.monthly.code,
    vi.monthly.name,
    vi.monthly.group,
    vi.monthly.kind,
    vi.monthly.unitLabel,
    vi.monthly.target,
    vi.monthly.validity,
    ...(manage ? [vi.common.actions] : []),
  ];
  return (
    <>
      <PageHeader title={vi.monthly.catalogueTitle} subtitle={catalogue.province.name} />
      {manage ? (
        <p className="mb-4 text-sm text-slate-600">
          {vi.monthly.futureOnly} Mỗi lần sửa tạo một phiên bản mới áp dụng từ tháng được chọn; số liệu các tháng trước
          giữ nguyên định nghĩa cũ.
        </p>
      ) : null}
      <Card title="Đang áp dụng" className="mb-6">
        <Table head={head}>{catalogue.current.map(row)}</Table>
      </Card>
      {catalogue.future.length > 0 ? (
        <Card title="Phiên bản cho các tháng sau">
          <Table head={head}>{catalogue.future.map(row)}</Table>
        </Card>
      ) : null}
    </>
  );
}
