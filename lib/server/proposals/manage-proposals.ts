import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { isUnitActiveOn } from "@/lib/domain/selection-cap";
import { isProposalEditable, type ProposalEditInput, type ProposalSource } from "@/lib/domain/proposal-rules";
import { fromDbDay } from "@/lib/domain/vn-date";
import { vi } from "@/lib/i18n/vi";
import { auditActor, requireProgramme } from "@/lib/server/programme/programme-access";
import { proposalPrefill } from "./criteria";
import { communeEligibility } from "./eligibility";
import type { CreateProposalInput, UpdateProposalInput } from "./schemas";

const text = vi.programme.proposals;

/** A proposal whose commune is in the actor's subtree, or "not found" (also for other districts and provinces). */
export async function requireProposalInScope(actor: Actor, proposalId: string) {
  if (!isUuid(proposalId)) throw notFound();
  const proposal = await db.proposal.findFirst({
    where: { id: proposalId, commune: unitScope(actor), programme: { provinceId: actor.provinceId ?? undefined } },
    select: {
      id: true, programmeId: true, communeId: true, proposedByUnitId: true, source: true, status: true, hotspotTypes: true,
      figures: true, otherItems: true, justification: true, decisionReason: true, version: true, submittedAt: true, decidedAt: true,
      createdAt: true, commune: { select: { id: true, name: true, code: true, parentId: true, newRuralYear: true, lineage: true } },
      programme: { select: { id: true, year: true, provinceId: true } },
    },
  });
  if (!proposal) throw notFound();
  return proposal;
}

/** A commune of the actor's subtree existing on the programme's approval date, or "not found". */
export async function requireCommuneForProgramme(actor: Actor, communeId: string, approvalDate: Date) {
  if (!isUuid(communeId)) throw notFound();
  const unit = await db.unit.findFirst({ where: { id: communeId, ...unitScope(actor) }, select: { id: true, name: true, level: true, validFrom: true, validTo: true, newRuralYear: true } });
  if (!unit) throw notFound();
  const active = isUnitActiveOn({ validFrom: fromDbDay(unit.validFrom), validTo: unit.validTo ? fromDbDay(unit.validTo) : null }, fromDbDay(approvalDate));
  if (unit.level !== "COMMUNE" || !active) throw validation(text.notCommune, { communeId: [text.notCommune] });
  return unit;
}

/**
 * A district committee (or, in a 2-level province, the commune's committee; or the province secretariat)
 * proposes a commune of its area. Blocking rules (already proposed, passed last year without relapse)
 * refuse; warnings (new-rural last year, carry-over expected) are returned to show.
 * Figures are pre-filled from the commune's monthly reports of the last 12 months.
 */
export async function createProposal(actor: Actor, input: CreateProposalInput) {
  assertCan(actor, "proposal.create");
  const programme = await requireProgramme(actor, input.programmeId);
  const commune = await requireCommuneForProgramme(actor, input.communeId, programme.approvalDate);
  // After the decision a district may still propose (late): the province decides it through an amending decision.
  const eligibility = await communeEligibility(db, { programmeId: programme.id, year: programme.year, commune });
  if (!eligibility.allowed) throw validation(eligibility.errors.map((e) => e.message).join(" "), { communeId: eligibility.errors.map((e) => e.message) });

  const prefill = await proposalPrefill(commune.id, programme.provinceId);
  const source = actor.unitLevel === "PROVINCE" ? "PROVINCE" : "DISTRICT";
  return db.$transaction(async (tx) => {
    // A withdrawn proposal of the same commune is reopened (one row per commune and year).
    const withdrawn = await tx.proposal.findFirst({ where: { programmeId: programme.id, communeId: commune.id, status: "WITHDRAWN" }, select: { id: true } });
    const data = {
      proposedByUnitId: actor.unitId, source, status: "DRAFT", hotspotTypes: input.hotspotTypes, justification: input.justification,
      figures: prefill.figures, otherItems: prefill.otherItems, createdById: actor.userId, submittedAt: null, decidedAt: null, decisionReason: null,
    } as const;
    let id: string;
    try {
      id = withdrawn
        ? (await tx.proposal.update({ where: { id: withdrawn.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })).id
        : (await tx.proposal.create({ data: { ...data, programmeId: programme.id, communeId: commune.id }, select: { id: true } })).id;
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") throw validation(eligibility.errors[0]?.message ?? "Xã đã được đề xuất.");
      throw error;
    }
    await writeAudit(tx, auditActor(actor), { action: "proposal.create", entity: "Proposal", entityId: id, unitId: commune.id, after: { ...input, figures: prefill.figures } });
    return { id, warnings: eligibility.warnings, prefilled: prefill.count };
  });
}

async function guardedUpdate(actor: Actor, proposalId: string, version: number, from: readonly string[], data: Record<string, unknown>, action: string, refusal: string) {
  const proposalInScope = await requireProposalInScope(actor, proposalId);
  if (!from.includes(proposalInScope.status)) throw validation(refusal);
  return db.$transaction(async (tx) => {
    const updated = await tx.proposal.updateMany({ where: { id: proposalInScope.id, version, status: { in: from as never } }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) {
      const now = await tx.proposal.findUnique({ where: { id: proposalInScope.id }, select: { status: true, version: true, updatedAt: true } });
      throw conflict(vi.errors.conflict, now);
    }
    await writeAudit(tx, auditActor(actor), { action, entity: "Proposal", entityId: proposalInScope.id, unitId: proposalInScope.communeId, before: { status: proposalInScope.status, hotspotTypes: proposalInScope.hotspotTypes, figures: proposalInScope.figures, otherItems: proposalInScope.otherItems, justification: proposalInScope.justification }, after: data });
    return { id: proposalInScope.id, year: proposalInScope.programme.year };
  });
}

/** Whether the actor may edit the proposal now (lib/domain/proposal-rules isProposalEditable). */
export async function proposalEditableBy(actor: Actor, proposal: { id: string; source: ProposalSource; status: ProposalEditInput["status"] }) {
  const inDecision = (await db.selection.count({ where: { proposalId: proposal.id } })) > 0;
  return isProposalEditable({ source: proposal.source, status: proposal.status, inDecision, actorLevel: actor.unitLevel });
}

/**
 * Edits a proposal: types, figures by criteria group, "khác" items with notes, justification. A district's
 * proposal while a draft; a carry-over or province-added row (approved on creation) by the province until a
 * decision lists it (isProposalEditable).
 */
export async function updateProposal(actor: Actor, input: UpdateProposalInput) {
  assertCan(actor, "proposal.create");
  const { proposalId, version, ...rest } = input;
  const proposalInScope = await requireProposalInScope(actor, proposalId);
  if (!(await proposalEditableBy(actor, proposalInScope))) throw validation(text.onlyDraftEditable);
  const figures = Object.fromEntries(Object.entries(rest.figures).filter(([, v]) => v !== null));
  const data = { hotspotTypes: rest.hotspotTypes, justification: rest.justification, figures, otherItems: rest.otherItems };
  return guardedUpdate(actor, proposalId, version, [proposalInScope.status], data, "proposal.update", text.onlyDraftEditable);
}

export async function submitProposal(actor: Actor, proposalId: string, version: number) {
  assertCan(actor, "proposal.create");
  return guardedUpdate(actor, proposalId, version, ["DRAFT"], { status: "SUBMITTED", submittedAt: new Date() }, "proposal.submit", text.cannotSubmit);
}

/** A draft or submitted proposal can be withdrawn until the province decides it. */
export async function withdrawProposal(actor: Actor, proposalId: string, version: number) {
  assertCan(actor, "proposal.create");
  return guardedUpdate(actor, proposalId, version, ["DRAFT", "SUBMITTED"], { status: "WITHDRAWN" }, "proposal.withdraw", text.cannotWithdraw);
}
