import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { ProposalCreateForm } from "@/components/programme/proposal-create-form";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { HOTSPOT_TYPE_LABELS } from "@/lib/domain/types";
import { formatNumber } from "@/lib/format";
import { getProposalsPage } from "@/lib/server/proposals/get-proposals-page";
import { t, vi } from "@/lib/i18n/vi";

export default async function ProposalsPage({ params }: { params: Promise<{ year: string }> }) {
  const year = Number((await params).year);
  if (!Number.isInteger(year)) notFound();
  const actor = await requirePageActor("programme.view");
  const data = await loadOrNotFound(() => getProposalsPage(actor, year));
  const text = vi.programme.proposals;
  // Late proposals stay possible after the decision; the province decides them through an amending decision.
  const canPropose = can(actor.role, "proposal.create");
  return (
    <>
      <PageHeader
        title={t(text.title, { year })}
        subtitle={actor.unitName}
        actions={
          <Link className="text-brand-700 underline" href={`/programme/${year}`}>
            {t(vi.programme.title, { year })}
          </Link>
        }
      />
      {data.decided ? (
        <div className="mb-4">
          <Notice>
            {vi.programme.approval.decided} {vi.programme.approval.lateProposals}
          </Notice>
        </div>
      ) : null}
      {data.districtWarnings.length ? (
        <div className="mb-4">
          <Notice tone="warning">{data.districtWarnings.map((w) => w.message).join(" ")}</Notice>
        </div>
      ) : null}
      <Card className="mb-6">
        {data.proposals.length === 0 ? (
          <p className="text-slate-600">{text.none}</p>
        ) : (
          <Table
            head={[
              text.commune,
              text.district,
              text.types,
              text.groupShort.CRIMINAL,
              text.groupShort.DRUGS,
              text.groupShort.ECONOMY_ENVIRONMENT,
              vi.programme.status,
              "",
            ]}
          >
            {data.proposals.map((p) => (
              <tr key={p.id}>
                <td className="font-medium">
                  {p.communeName}
                  {p.newRural ? (
                    <span className="ml-1 text-amber-800" title={text.warnings}>
                      {" "}
                      ⚠ NTM
                    </span>
                  ) : null}
                </td>
                <td>{p.districtName}</td>
                <td>{p.hotspotTypes.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ")}</td>
                <td className="tabular-nums">{formatNumber(p.totals.CRIMINAL)}</td>
                <td className="tabular-nums">{formatNumber(p.totals.DRUGS)}</td>
                <td className="tabular-nums">{formatNumber(p.totals.ECONOMY_ENVIRONMENT)}</td>
                <td>
                  {text.status[p.status]}
                  {p.source !== "DISTRICT" ? (
                    <span className="block text-xs text-slate-600">{text.source[p.source]}</span>
                  ) : null}
                </td>
                <td>
                  <Link className="text-brand-700 underline" href={`/programme/${year}/proposals/${p.id}`}>
                    {text.open}
                  </Link>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      {canPropose ? (
        <Card title={text.new}>
          <ProposalCreateForm programmeId={data.programme.id} year={year} candidates={data.candidates} />
        </Card>
      ) : null}
    </>
  );
}
