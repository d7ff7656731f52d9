import "server-only";
import type { Tx } from "@/lib/db";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { ensureCarryOverProposals } from "@/lib/server/proposals/carry-over";
import type { RecommendationReason } from "@/lib/domain/pass-rule";
import { watchEndDate } from "@/lib/domain/relapse-watch";
import { fromDbDay } from "@/lib/domain/vn-date";
import { formatDate } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import { failingReasons } from "./compute-verdict-recommendation";

type IssuedVerdict = {
  id: string;
  communeId: string;
  year: number;
  verdict: "PASSED" | "NOT_PASSED";
  decisionNumber: string;
  decisionDate: Date;
  reasons: readonly RecommendationReason[];
  justification: string | null;
};

/**
 * Consequences applied by the system when a verdict is issued (domain.md §2.6, §6), inside the verdict's
 * transaction so the decision and its effects commit together:
 * - PASSED: the commune leaves the list (it is not carried into next year) and enters the relapse watch
 *   (Programme.relapseWatchMonths from the decision date; the watch is derived, see lib/server/relapse).
 *   When an amendment turns a "chưa đạt" into "đạt", a carry-over proposal not yet turned into a selection
 *   is withdrawn.
 * - NOT_PASSED: a carry-over proposal in next year's programme (issue #3 ensureCarryOverProposals), with the
 *   reasons of this verdict attached. Without a next-year programme nothing is written yet: opening that
 *   programme runs ensureCarryOverProposals, which picks the verdict up.
 */
export async function applyVerdictConsequences(
  tx: Tx,
  actor: AuditActor,
  provinceId: string,
  relapseWatchMonths: number,
  issuedVerdict: IssuedVerdict,
) {
  const next = await tx.programme.findUnique({
    where: { provinceId_year: { provinceId, year: issuedVerdict.year + 1 } },
    select: { id: true },
  });
  if (issuedVerdict.verdict === "PASSED") {
    const watchEnd = watchEndDate(fromDbDay(issuedVerdict.decisionDate), relapseWatchMonths);
    if (next) {
      const carry = await tx.proposal.findFirst({
        where: {
          programmeId: next.id,
          communeId: issuedVerdict.communeId,
          source: "CARRY_OVER",
          status: { not: "WITHDRAWN" },
        },
        select: { id: true, status: true },
      });
      const selected = await tx.selection.count({
        where: { programmeId: next.id, communeId: issuedVerdict.communeId },
      });
      if (carry && selected === 0) {
        await tx.proposal.update({
          where: { id: carry.id },
          data: {
            status: "WITHDRAWN",
            decisionReason: `Rút do Quyết định ${issuedVerdict.decisionNumber} công nhận chuyển hóa đạt năm ${issuedVerdict.year}.`,
            version: { increment: 1 },
          },
        });
        await writeAudit(tx, actor, {
          action: "proposal.carry-over.withdraw",
          entity: "Proposal",
          entityId: carry.id,
          unitId: issuedVerdict.communeId,
          before: { status: carry.status },
          after: { status: "WITHDRAWN", verdictId: issuedVerdict.id },
        });
      }
    }
    return {
      message: t(vi.reviews.consequencePassed, { date: formatDate(new Date(watchEnd.getTime() - 1)) }),
      watchEnd,
    };
  }
  if (!next) return { message: t(vi.reviews.consequenceNoNextProgramme, { year: issuedVerdict.year + 1 }) };
  await ensureCarryOverProposals(tx, next.id);
  const proposal = await tx.proposal.findUnique({
    where: { programmeId_communeId: { programmeId: next.id, communeId: issuedVerdict.communeId } },
    select: { id: true, source: true },
  });
  if (proposal && proposal.source === "CARRY_OVER") {
    const why = [
      ...failingReasons(issuedVerdict.reasons),
      ...(issuedVerdict.justification ? [`Ý kiến của Ban Chỉ đạo: ${issuedVerdict.justification}`] : []),
    ];
    const text = `Chưa đạt theo Quyết định số ${issuedVerdict.decisionNumber} ngày ${formatDate(issuedVerdict.decisionDate)}.${why.length ? ` Lý do: ${why.join(" ")}` : ""}`;
    await tx.proposal.update({ where: { id: proposal.id }, data: { carryOverReasons: text } });
    await writeAudit(tx, actor, {
      action: "proposal.carry-over.reasons",
      entity: "Proposal",
      entityId: proposal.id,
      unitId: issuedVerdict.communeId,
      after: { verdictId: issuedVerdict.id, carryOverReasons: text },
    });
  }
  return { message: t(vi.reviews.consequenceNotPassed, { year: issuedVerdict.year + 1 }) };
}
