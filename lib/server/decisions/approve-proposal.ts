import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { checkCap, lockProgramme } from "./cap";
import { requireDecidable } from "./decidable-proposal";
import { requireProvinceActor } from "./decision-checks";

const s = vi.programme.approval;

/** What `approveProposal` takes besides the actor. */
export type ApproveProposalOptions = { proposalId: string; version: number };

/** Approves a submitted proposal, refused beyond the cap (carry-overs included) — nothing changes then. */
export async function approveProposal(actor: Actor, { proposalId, version }: ApproveProposalOptions) {
  requireProvinceActor(actor);
  const p = await requireDecidable(actor, proposalId);
  if (p.status !== "SUBMITTED" && p.status !== "REJECTED") throw validation(s.notPending);
  return db.$transaction(async (tx) => {
    await lockProgramme(tx, p.programmeId);
    const cap = await checkCap(tx, p.programme, p.programme.approvalDate, 1);
    if (!cap.ok) throw validation(cap.message);
    const r = await tx.proposal.updateMany({ where: { id: p.id, version, status: p.status }, data: { status: "APPROVED", decisionReason: null, decidedAt: new Date(), version: { increment: 1 } } });
    if (r.count === 0) throw conflict(vi.errors.conflict, await tx.proposal.findUnique({ where: { id: p.id }, select: { status: true, version: true } }));
    await writeAudit(tx, auditActor(actor), { action: "proposal.approve", entity: "Proposal", entityId: p.id, unitId: p.communeId, before: { status: p.status }, after: { status: "APPROVED", count: cap.count, max: cap.max } });
    return { id: p.id, message: t(s.approved, { name: p.commune.name }), count: cap.count, max: cap.max };
  });
}
