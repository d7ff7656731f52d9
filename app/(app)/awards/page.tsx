import Link from "next/link";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { YearPicker, yearParam } from "@/components/reviews/year-picker";
import { FileUpload } from "@/components/reviews/file-upload";
import {
  NominationDecision,
  NominationForm,
  RemoveNomination,
  RoundForm,
  SubmitNominations,
} from "@/components/awards/award-forms";
import { requirePageActor } from "@/lib/authz/page";
import { can } from "@/lib/authz/permissions";
import { NOMINATION_FILE_LABELS, REQUIRED_NOMINATION_FILES, type NominationFile } from "@/lib/domain/awards";
import { getAwardsPage } from "@/lib/server/awards/get-awards-page";
import { t, vi } from "@/lib/i18n/vi";
import { documents } from "@/lib/i18n/vi/documents";

const text = vi.reviews;

export default async function AwardsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("award.nominate");
  const year = yearParam((await searchParams).year);
  const { round, own, ownCheck, provinceCheck, all } = await getAwardsPage(actor, year);
  const manage = can(actor.role, "award.manage");
  const missing = (files: string[]) => REQUIRED_NOMINATION_FILES.filter((f) => !files.includes(f));
  return (
    <>
      <PageHeader
        title={text.awardsTitle}
        subtitle={actor.unitName}
        actions={<YearPicker base="/awards" year={year} />}
      />
      {manage ? (
        <Card title={t(text.round, { year })} className="mb-6">
          <RoundForm
            defaults={{
              provinceId: actor.provinceId ?? actor.unitId,
              year,
              collectiveQuota: round?.collectiveQuota ?? 3,
              individualQuota: round?.individualQuota ?? 6,
              leaderMaxPercent: round?.leaderMaxPercent ?? 40,
              priorityNotes: round?.priorityNotes ?? "",
            }}
          />
        </Card>
      ) : null}
      {!round ? (
        <Notice>{t(text.noRound, { year })}</Notice>
      ) : (
        <>
          <Card title={t(text.round, { year })} className="mb-6">
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
            <p className="mt-2 text-sm">
              <Link className="text-brand-700 underline" href={`/awards/list?year=${year}`}>
                {documents.awardList}
              </Link>
            </p>
          </Card>
          <Card title={text.nominations} className="mb-6">
            {own.length === 0 ? (
              <p className="text-slate-600">{vi.common.none}</p>
            ) : (
              <Table
                head={[
                  text.nominee,
                  text.kind.INDIVIDUAL + "/" + text.kind.COLLECTIVE,
                  text.files,
                  vi.users.status,
                  vi.common.actions,
                ]}
              >
                {own.map((n) => (
                  <tr key={n.id}>
                    <td className="font-medium">
                      {n.name}
                      {n.position ? (
                        <span className="block text-xs text-slate-600">
                          {n.position}
                          {n.isLeader ? " · lãnh đạo" : ""}
                        </span>
                      ) : null}
                    </td>
                    <td>{text.kind[n.kind]}</td>
                    <td className="text-sm">
                      {missing(n.files).length === 0 ? (
                        <span className="text-emerald-700">{text.complete}</span>
                      ) : (
                        <span className="text-amber-800">
                          {text.missingFiles}:{" "}
                          {missing(n.files)
                            .map((f) => NOMINATION_FILE_LABELS[f as NominationFile])
                            .join("; ")}
                        </span>
                      )}
                      {n.status === "DRAFT" ? (
                        <div className="mt-2 space-y-2">
                          {missing(n.files).map((f) => (
                            <FileUpload
                              key={f}
                              target="nomination"
                              ownerId={n.id}
                              kind={f}
                              id={`f-${n.id}-${f}`}
                              label={NOMINATION_FILE_LABELS[f]}
                            />
                          ))}
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {text.nominationStatus[n.status]}
                      {n.status === "REJECTED" && n.decisionReason ? (
                        <span className="block text-xs text-slate-600">{n.decisionReason}</span>
                      ) : null}
                    </td>
                    <td>{n.status === "DRAFT" ? <RemoveNomination nominationId={n.id} name={n.name} /> : null}</td>
                  </tr>
                ))}
              </Table>
            )}
            {ownCheck && !ownCheck.ok && own.some((n) => n.status === "DRAFT") ? (
              <div className="mt-3">
                <Notice tone="warning">
                  <ul className="list-disc pl-5">
                    {[...ownCheck.errors, ...ownCheck.nomineeIssues].map((e, i) => (
                      <li key={i}>{e.message}</li>
                    ))}
                  </ul>
                </Notice>
              </div>
            ) : null}
            {own.some((n) => n.status === "DRAFT") ? (
              <div className="mt-3">
                <SubmitNominations roundId={round.id} unitId={actor.unitId} />
              </div>
            ) : null}
          </Card>
          <Card title={text.addNomination} className="mb-6">
            <NominationForm roundId={round.id} unitId={actor.unitId} />
          </Card>
          {manage && provinceCheck ? (
            <Card title={text.provinceCheck}>
              {provinceCheck.ok ? (
                <Notice tone="success">{text.complete}</Notice>
              ) : (
                <Notice tone="warning">
                  <ul className="list-disc pl-5">
                    {[...provinceCheck.errors, ...provinceCheck.nomineeIssues].map((e, i) => (
                      <li key={i}>{e.message}</li>
                    ))}
                  </ul>
                </Notice>
              )}
              <Table head={[text.nominee, text.nominatingUnit, vi.users.status, text.nominationDecision]}>
                {all
                  .filter((n) => n.status === "SUBMITTED" || n.status === "APPROVED" || n.status === "REJECTED")
                  .map((n) => (
                    <tr key={n.id} data-testid={`nomination-${n.id}`}>
                      <td>
                        {n.name} ({text.kind[n.kind]})
                      </td>
                      <td>{n.unitName}</td>
                      <td>
                        {text.nominationStatus[n.status]}
                        {n.status === "REJECTED" && n.decisionReason ? (
                          <span className="block text-xs text-slate-600">{n.decisionReason}</span>
                        ) : null}
                      </td>
                      <td>
                        <NominationDecision nominationId={n.id} name={n.name} status={n.status} />
                      </td>
                    </tr>
                  ))}
              </Table>
            </Card>
          ) : null}
        </>
      )}
    </>
  );
}
