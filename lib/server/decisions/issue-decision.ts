import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import { requireProgramme } from "@/lib/server/programme/programme-access";
import { checkCap, lockProgramme } from "./cap";
import { fromDbDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import { approvalBoardOf } from "./get-approval-board";
import type { IssueDecisionInput } from "@/lib/contracts/programme/issue-decision";
import { requireProvinceActor, isUniqueViolation, requireDecisionDate } from "./decision-checks";

const text = vi.programme.approval;

/**
 * Issues the decision approving the year's list, in ONE transaction: the decision, a Selection for every
 * approved proposal (carry-overs included), re-checking the cap on the decision date. Afterwards the
 * list is read-only; changes (late proposals included) need an amending decision. Refused when dated before
 * the plan it cites or after today (`now`, Vietnam time); before the proposal deadline or while districts have
 * not proposed it needs `confirmEarly`, else it is refused with a message listing them (issue #13 case 7).
 */
export async function issueDecision(actor: Actor, input: IssueDecisionInput, now = appNow()) {
  requireProvinceActor(actor);
  const programme = await requireProgramme(actor, input.programmeId);
  const date = fromDbDay(parseDay(input.date)!);
  requireDecisionDate(programme, date, now);
  const { early } = await approvalBoardOf(programme, now);
  if (early.needsConfirmation && !input.confirmEarly)
    throw validation(early.message, { confirmEarly: [early.message] });
  try {
    return await db.$transaction(async (tx) => {
      await lockProgramme(tx, programme.id);
      if (await tx.selectionDecision.count({ where: { programmeId: programme.id, kind: "ORIGINAL" } }))
        throw validation(text.alreadyIssued);
      const approved = await tx.proposal.findMany({
        where: { programmeId: programme.id, status: "APPROVED" },
        select: { id: true, communeId: true, hotspotTypes: true },
        orderBy: { commune: { code: "asc" } },
      });
      if (approved.length === 0) throw validation(text.nothingApproved);
      const cap = await checkCap(tx, programme, date, approved.length, 0);
      if (!cap.ok) throw validation(cap.message);
      const decision = await tx.selectionDecision.create({
        data: {
          programmeId: programme.id,
          kind: "ORIGINAL",
          number: input.number,
          date: parseDay(input.date)!,
          signatoryTitle: programme.approverTitle,
          signatoryName: input.signatoryName,
          note: input.note || null,
          issuedById: actor.userId,
        },
        select: { id: true, number: true },
      });
      await tx.selection.createMany({
        data: approved.map((p) => ({
          programmeId: programme.id,
          communeId: p.communeId,
          proposalId: p.id,
          decisionId: decision.id,
          hotspotTypes: p.hotspotTypes,
        })),
      });
      await writeAudit(tx, auditActor(actor), {
        action: "decision.issue",
        entity: "SelectionDecision",
        entityId: decision.id,
        unitId: programme.provinceId,
        after: {
          ...input,
          communes: approved.map((p) => p.communeId),
          ...(early.needsConfirmation ? { confirmedEarly: early.message } : {}),
        },
      });
      return { id: decision.id, count: approved.length, message: t(text.issued, { number: decision.number }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validation(text.numberTaken, { number: [text.numberTaken] });
    throw error;
  }
}
