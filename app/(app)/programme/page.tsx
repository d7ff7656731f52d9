import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { ReadingProvince } from "@/components/committee/reading-province";
import { requirePageActor } from "@/lib/authz/page";
import { getReadingProvince } from "@/lib/server/committee/get-reading-province";
import { can } from "@/lib/authz/permissions";
import { formatDate, formatNumber } from "@/lib/format";
import { listProgrammes } from "@/lib/server/programme/list-programmes";
import { programmeDefaults } from "@/lib/server/programme/programme-defaults";
import { vi } from "@/lib/i18n/vi";
import { appNow } from "@/lib/clock";

export default async function ProgrammesPage() {
  const actor = await requirePageActor("programme.view");
  const [programmes, reading] = await Promise.all([listProgrammes(actor), getReadingProvince({ actor })]);
  const nextYear = (programmes[0]?.year ?? appNow().getFullYear()) + 1;
  const text = vi.programme;
  return (
    <>
      <PageHeader title={text.years} subtitle={actor.unitName} />
      <ReadingProvince province={reading} />
      <Card className="mb-6">
        {programmes.length === 0 ? (
          <p className="text-slate-600">{vi.common.none}</p>
        ) : (
          <Table head={[text.year, text.planNumber, text.planDate, text.capPercent, text.approval.selected]}>
            {programmes.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link className="font-medium text-brand-700 underline" href={`/programme/${p.year}`}>
                    {p.year}
                  </Link>
                </td>
                <td>{p.planNumber}</td>
                <td>{formatDate(p.planDate)}</td>
                <td>{formatNumber(Number(p.capPercent), 2)}%</td>
                <td>{p.decisions.length ? p._count.selections : text.approval.notIssued}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      {can(actor.role, "programme.manage") && actor.unitLevel === "PROVINCE" ? (
        <Card title={`${text.open} ${nextYear}`}>
          <ProgrammeForm defaults={programmeDefaults(nextYear)} />
        </Card>
      ) : null}
    </>
  );
}
