import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, forbidden, notFound, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { auditActor, programmeScope, requireProgramme } from "@/lib/server/programme/programme-access";
import { requireCommuneForProgramme } from "@/lib/server/proposals/manage-proposals";
import { communeEligibility } from "@/lib/server/proposals/eligibility";
import { proposalPrefill } from "@/lib/server/proposals/criteria";
import { checkCap, lockProgramme } from "./cap";
import type { ProvinceAddInput } from "./schemas";

const text = vi.programme.approval;

function requireProvinceActor(actor: Actor) {
  assertCan(actor, "proposal.decide");
  if (actor.unitLevel !== "PROVINCE" || !actor.provinceId) throw forbidden();
}

async function requireDecidable(actor: Actor, proposalId: string) {
  if (!isUuid(proposalId)) throw notFound();
  const proposalRow = await db.proposal.findFirst({
    where: { id: proposalId, programme: programmeScope(actor), status: { not: "DRAFT" } },
    select: { id: true, status: true, version: true, communeId: true, programmeId: true, commune: { select: { name: true } }, programme: { select: { id: true, provinceId: true, capPercent: true, approvalDate: true } } },
  });
  if (!proposalRow) throw notFound();
  // A commune already on the issued list is changed only by an amending decision (taken off there); a late
  // proposal, after the decision, is approved or rejected here and an approved one waits for the amendment.
  const listed = await db.selection.count({ where: { programmeId: proposalRow.programmeId, communeId: proposalRow.communeId, status: "SELECTED" } });
  if (listed) throw validation(text.decided);
  return proposalRow;
}

/** Approves a submitted proposal, refused beyond the cap (carry-overs included) — nothing changes then. */
export async function approveProposal(actor: Actor, proposalId: string, version: number) {
  requireProvinceActor(actor);
  const decidable = await requireDecidable(actor, proposalId);
  if (decidable.status !== "SUBMITTED" && decidable.status !== "REJECTED") throw validation(text.notPending);
  return db.$transaction(async (tx) => {
    await lockProgramme(tx, decidable.programmeId);
    const cap = await checkCap(tx, decidable.programme, decidable.programme.approvalDate, 1);
    if (!cap.ok) throw validation(cap.message);
    const updated = await tx.proposal.updateMany({ where: { id: decidable.id, version, status: decidable.status }, data: { status: "APPROVED", decisionReason: null, decidedAt: new Date(), version: { increment: 1 } } });
    if (updated.count === 0) throw conflict(vi.errors.conflict, await tx.proposal.findUnique({ where: { id: decidable.id }, select: { status: true, version: true } }));
    await writeAudit(tx, auditActor(actor), { action: "proposal.approve", entity: "Proposal", entityId: decidable.id, unitId: decidable.communeId, before: { status: decidable.status }, after: { status: "APPROVED", count: cap.count, max: cap.max } });
    return { id: decidable.id, message: t(text.approved, { name: decidable.commune.name }), count: cap.count, max: cap.max };
  });
}

/** Rejects a proposal (or takes an approved one back off the draft list) with a reason. */
export async function rejectProposal(actor: Actor, proposalId: string, version: number, reason: string) {
  requireProvinceActor(actor);
  const decidable = await requireDecidable(actor, proposalId);
  if (decidable.status !== "SUBMITTED" && decidable.status !== "APPROVED") throw validation(text.notPending);
  return db.$transaction(async (tx) => {
    const updated = await tx.proposal.updateMany({ where: { id: decidable.id, version, status: decidable.status }, data: { status: "REJECTED", decisionReason: reason, decidedAt: new Date(), version: { increment: 1 } } });
    if (updated.count === 0) throw conflict(vi.errors.conflict, await tx.proposal.findUnique({ where: { id: decidable.id }, select: { status: true, version: true } }));
    await writeAudit(tx, auditActor(actor), { action: "proposal.reject", entity: "Proposal", entityId: decidable.id, unitId: decidable.communeId, before: { status: decidable.status }, after: { status: "REJECTED", reason } });
    return { id: decidable.id, message: t(text.rejected, { name: decidable.commune.name }) };
  });
}

/** The province adds a commune on its own proposal (source PROVINCE), approved at once within the cap; after the decision it goes on the list through an amendment. */
export async function addProvinceProposal(actor: Actor, input: ProvinceAddInput) {
  requireProvinceActor(actor);
  const programme = await requireProgramme(actor, input.programmeId);
  const commune = await requireCommuneForProgramme(actor, input.communeId, programme.approvalDate);
  // After the decision the commune waits, approved, for an amending decision (issueAmendment).
  const eligibility = await communeEligibility(db, { programmeId: programme.id, year: programme.year, commune });
  if (!eligibility.allowed) throw validation(eligibility.errors.map((e) => e.message).join(" "), { communeId: eligibility.errors.map((e) => e.message) });
  // Starts with the commune's monthly figures like any proposal; the province completes them on the proposal's page.
  const prefill = await proposalPrefill(commune.id, programme.provinceId);
  return db.$transaction(async (tx) => {
    await lockProgramme(tx, programme.id);
    const cap = await checkCap(tx, programme, programme.approvalDate, 1);
    if (!cap.ok) throw validation(cap.message);
    const withdrawn = await tx.proposal.findFirst({ where: { programmeId: programme.id, communeId: commune.id, status: "WITHDRAWN" }, select: { id: true } });
    const data = {
      source: "PROVINCE", status: "APPROVED", proposedByUnitId: actor.unitId, hotspotTypes: input.hotspotTypes, justification: input.justification,
      figures: prefill.figures, otherItems: prefill.otherItems, createdById: actor.userId, submittedAt: new Date(), decidedAt: new Date(),
    } as const;
    const row = withdrawn
      ? await tx.proposal.update({ where: { id: withdrawn.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })
      : await tx.proposal.create({ data: { ...data, programmeId: programme.id, communeId: commune.id }, select: { id: true } });
    await writeAudit(tx, auditActor(actor), { action: "proposal.province-add", entity: "Proposal", entityId: row.id, unitId: commune.id, after: { ...input, count: cap.count, max: cap.max } });
    return { id: row.id, message: t(text.added, { name: commune.name }), warnings: eligibility.warnings.map((w) => w.message) };
  });
}
