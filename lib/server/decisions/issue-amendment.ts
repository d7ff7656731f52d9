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
import type { AmendDecisionInput } from "@/lib/contracts/programme/issue-amendment";
import { requireProvinceActor, isUniqueViolation, requireDecisionDate } from "./decision-checks";

const text = vi.programme.approval;

/**
 * An amending decision adds approved communes (late proposals included) and/or takes communes off the list
 * (audited, cap-checked); dated not before the plan nor the decision it amends, nor after today.
 */
export async function issueAmendment(actor: Actor, input: AmendDecisionInput, now = appNow()) {
  requireProvinceActor(actor);
  const programme = await requireProgramme(actor, input.programmeId);
  if (input.addProposalIds.length === 0 && input.removeSelectionIds.length === 0) throw validation(text.amendEmpty);
  const date = parseDay(input.date)!;
  const original = await db.selectionDecision.findFirst({
    where: { programmeId: programme.id, kind: "ORIGINAL" },
    select: { date: true },
  });
  requireDecisionDate(programme, fromDbDay(date), now, original ? fromDbDay(original.date) : null);
  try {
    return await db.$transaction(async (tx) => {
      await lockProgramme(tx, programme.id);
      if (!(await tx.selectionDecision.count({ where: { programmeId: programme.id, kind: "ORIGINAL" } })))
        throw validation(text.notIssued);
      const selections = await tx.selection.findMany({
        where: { programmeId: programme.id },
        select: { id: true, communeId: true, status: true, commune: { select: { name: true } } },
      });
      const selectedCommunes = new Set(selections.filter((x) => x.status === "SELECTED").map((x) => x.communeId));
      // A commune taken off the list by an earlier amendment keeps its row (plan, reviews): adding it back restores that row.
      const removedSelection = new Map(
        selections.filter((x) => x.status === "REMOVED").map((x) => [x.communeId, x.id]),
      );
      const toAdd = await tx.proposal.findMany({
        where: { id: { in: input.addProposalIds }, programmeId: programme.id, status: "APPROVED" },
        select: { id: true, communeId: true, hotspotTypes: true, commune: { select: { name: true } } },
      });
      const adding = toAdd.filter((p) => !selectedCommunes.has(p.communeId));
      const removing = selections.filter((x) => input.removeSelectionIds.includes(x.id) && x.status === "SELECTED");
      if (adding.length !== input.addProposalIds.length || removing.length !== input.removeSelectionIds.length)
        throw validation(vi.errors.validation);
      const selectedNow = selections.filter((x) => x.status === "SELECTED").length;
      const cap = await checkCap(tx, programme, date, adding.length, selectedNow - removing.length);
      if (adding.length && !cap.ok) throw validation(cap.message);
      const summary = [
        adding.length ? `Bổ sung: ${adding.map((p) => p.commune.name).join(", ")}.` : "",
        removing.length ? `Đưa ra khỏi danh sách: ${removing.map((x) => x.commune.name).join(", ")}.` : "",
        `Lý do: ${input.reason}`,
      ]
        .filter(Boolean)
        .join(" ");
      const decision = await tx.selectionDecision.create({
        data: {
          programmeId: programme.id,
          kind: "AMENDMENT",
          number: input.number,
          date,
          signatoryTitle: programme.approverTitle,
          signatoryName: input.signatoryName,
          note: [summary, input.note].filter(Boolean).join("\n"),
          issuedById: actor.userId,
        },
        select: { id: true, number: true },
      });
      const restored = adding.filter((p) => removedSelection.has(p.communeId));
      const fresh = adding.filter((p) => !removedSelection.has(p.communeId));
      if (fresh.length)
        await tx.selection.createMany({
          data: fresh.map((p) => ({
            programmeId: programme.id,
            communeId: p.communeId,
            proposalId: p.id,
            decisionId: decision.id,
            hotspotTypes: p.hotspotTypes,
          })),
        });
      for (const p of restored) {
        await tx.selection.update({
          where: { id: removedSelection.get(p.communeId)! },
          data: { status: "SELECTED", proposalId: p.id, decisionId: decision.id, hotspotTypes: p.hotspotTypes },
        });
      }
      if (removing.length)
        await tx.selection.updateMany({
          where: { id: { in: removing.map((x) => x.id) } },
          data: { status: "REMOVED" },
        });
      await writeAudit(tx, auditActor(actor), {
        action: "decision.amend",
        entity: "SelectionDecision",
        entityId: decision.id,
        unitId: programme.provinceId,
        before: { selected: selectedNow },
        after: {
          ...input,
          added: adding.map((p) => p.communeId),
          restored: restored.map((p) => p.communeId),
          removed: removing.map((x) => x.communeId),
        },
      });
      return { id: decision.id, message: t(text.amended, { number: decision.number }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validation(text.numberTaken, { number: [text.numberTaken] });
    throw error;
  }
}
