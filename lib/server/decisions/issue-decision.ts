import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { forbidden, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import { auditActor, requireProgramme } from "@/lib/server/programme/programme-access";
import { checkCap, lockProgramme } from "./cap";
import { checkDecisionDate } from "@/lib/domain/decision-calendar";
import { fromDbDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import { approvalBoardOf } from "./get-approval-board";
import type { AmendDecisionInput, IssueDecisionInput } from "./schemas";

const text = vi.programme.approval;

function requireProvinceActor(actor: Actor) {
  assertCan(actor, "proposal.decide");
  if (actor.unitLevel !== "PROVINCE" || !actor.provinceId) throw forbidden();
}

function isUniqueViolation(error: unknown) {
  return (error as { code?: string }).code === "P2002";
}

/** The decision's date against the plan it cites and today (lib/domain/decision-calendar.ts): refused with the field named. */
function requireDecisionDate(programme: { planNumber: string; planDate: Date }, date: Date, now: Date, amendsDate?: Date | null) {
  const refused = checkDecisionDate({ date, planNumber: programme.planNumber, planDate: fromDbDay(programme.planDate), amendsDate, now });
  if (refused) throw validation(refused.message, { date: [refused.message] });
}

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
  if (early.needsConfirmation && !input.confirmEarly) throw validation(early.message, { confirmEarly: [early.message] });
  try {
    return await db.$transaction(async (tx) => {
      await lockProgramme(tx, programme.id);
      if (await tx.selectionDecision.count({ where: { programmeId: programme.id, kind: "ORIGINAL" } })) throw validation(text.alreadyIssued);
      const approved = await tx.proposal.findMany({ where: { programmeId: programme.id, status: "APPROVED" }, select: { id: true, communeId: true, hotspotTypes: true }, orderBy: { commune: { code: "asc" } } });
      if (approved.length === 0) throw validation(text.nothingApproved);
      const cap = await checkCap(tx, programme, date, approved.length, 0);
      if (!cap.ok) throw validation(cap.message);
      const decision = await tx.selectionDecision.create({
        data: { programmeId: programme.id, kind: "ORIGINAL", number: input.number, date: parseDay(input.date)!, signatoryTitle: programme.approverTitle, signatoryName: input.signatoryName, note: input.note || null, issuedById: actor.userId },
        select: { id: true, number: true },
      });
      await tx.selection.createMany({ data: approved.map((p) => ({ programmeId: programme.id, communeId: p.communeId, proposalId: p.id, decisionId: decision.id, hotspotTypes: p.hotspotTypes })) });
      await writeAudit(tx, auditActor(actor), {
        action: "decision.issue", entity: "SelectionDecision", entityId: decision.id, unitId: programme.provinceId,
        after: { ...input, communes: approved.map((p) => p.communeId), ...(early.needsConfirmation ? { confirmedEarly: early.message } : {}) },
      });
      return { id: decision.id, count: approved.length, message: t(text.issued, { number: decision.number }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validation(text.numberTaken, { number: [text.numberTaken] });
    throw error;
  }
}

/**
 * An amending decision adds approved communes (late proposals included) and/or takes communes off the list
 * (audited, cap-checked); dated not before the plan nor the decision it amends, nor after today.
 */
export async function issueAmendment(actor: Actor, input: AmendDecisionInput, now = appNow()) {
  requireProvinceActor(actor);
  const programme = await requireProgramme(actor, input.programmeId);
  if (input.addProposalIds.length === 0 && input.removeSelectionIds.length === 0) throw validation(text.amendEmpty);
  const date = parseDay(input.date)!;
  const original = await db.selectionDecision.findFirst({ where: { programmeId: programme.id, kind: "ORIGINAL" }, select: { date: true } });
  requireDecisionDate(programme, fromDbDay(date), now, original ? fromDbDay(original.date) : null);
  try {
    return await db.$transaction(async (tx) => {
      await lockProgramme(tx, programme.id);
      if (!(await tx.selectionDecision.count({ where: { programmeId: programme.id, kind: "ORIGINAL" } }))) throw validation(text.notIssued);
      const selections = await tx.selection.findMany({ where: { programmeId: programme.id }, select: { id: true, communeId: true, status: true, commune: { select: { name: true } } } });
      const selectedCommunes = new Set(selections.filter((x) => x.status === "SELECTED").map((x) => x.communeId));
      // A commune taken off the list by an earlier amendment keeps its row (plan, reviews): adding it back restores that row.
      const removedSelection = new Map(selections.filter((x) => x.status === "REMOVED").map((x) => [x.communeId, x.id]));
      const toAdd = await tx.proposal.findMany({ where: { id: { in: input.addProposalIds }, programmeId: programme.id, status: "APPROVED" }, select: { id: true, communeId: true, hotspotTypes: true, commune: { select: { name: true } } } });
      const adding = toAdd.filter((p) => !selectedCommunes.has(p.communeId));
      const removing = selections.filter((x) => input.removeSelectionIds.includes(x.id) && x.status === "SELECTED");
      if (adding.length !== input.addProposalIds.length || removing.length !== input.removeSelectionIds.length) throw validation(vi.errors.validation);
      const selectedNow = selections.filter((x) => x.status === "SELECTED").length;
      const cap = await checkCap(tx, programme, date, adding.length, selectedNow - removing.length);
      if (adding.length && !cap.ok) throw validation(cap.message);
      const summary = [
        adding.length ? `Bổ sung: ${adding.map((p) => p.commune.name).join(", ")}.` : "",
        removing.length ? `Đưa ra khỏi danh sách: ${removing.map((x) => x.commune.name).join(", ")}.` : "",
        `Lý do: ${input.reason}`,
      ].filter(Boolean).join(" ");
      const decision = await tx.selectionDecision.create({
        data: { programmeId: programme.id, kind: "AMENDMENT", number: input.number, date, signatoryTitle: programme.approverTitle, signatoryName: input.signatoryName, note: [summary, input.note].filter(Boolean).join("\n"), issuedById: actor.userId },
        select: { id: true, number: true },
      });
      const restored = adding.filter((p) => removedSelection.has(p.communeId));
      const fresh = adding.filter((p) => !removedSelection.has(p.communeId));
      if (fresh.length) await tx.selection.createMany({ data: fresh.map((p) => ({ programmeId: programme.id, communeId: p.communeId, proposalId: p.id, decisionId: decision.id, hotspotTypes: p.hotspotTypes })) });
      for (const p of restored) {
        await tx.selection.update({ where: { id: removedSelection.get(p.communeId)! }, data: { status: "SELECTED", proposalId: p.id, decisionId: decision.id, hotspotTypes: p.hotspotTypes } });
      }
      if (removing.length) await tx.selection.updateMany({ where: { id: { in: removing.map((x) => x.id) } }, data: { status: "REMOVED" } });
      await writeAudit(tx, auditActor(actor), {
        action: "decision.amend", entity: "SelectionDecision", entityId: decision.id, unitId: programme.provinceId,
        before: { selected: selectedNow }, after: { ...input, added: adding.map((p) => p.communeId), restored: restored.map((p) => p.communeId), removed: removing.map((x) => x.communeId) },
      });
      return { id: decision.id, message: t(text.amended, { number: decision.number }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validation(text.numberTaken, { number: [text.numberTaken] });
    throw error;
  }
}
