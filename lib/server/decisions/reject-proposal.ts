import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { requireDecidable } from "./decidable-proposal";
import { requireProvinceActor } from "./decision-checks";

const s = vi.programme.approval;

/** What `rejectProposal` takes besides the actor. */
export type RejectProposalOptions = { proposalId: string; version: number; reason: string };

/** Rejects a proposal (or takes an approved one back off the draft list) with a reason. */
export async function rejectProposal(actor: Actor, { proposalId, version, reason }: RejectProposalOptions) {
  requireProvinceActor(actor);
  const p = await requireDecidable(actor, proposalId);
  if (p.status !== "SUBMITTED" && p.status !== "APPROVED") throw validation(s.notPending);
  return db.$transaction(async (tx) => {
    const r = await tx.proposal.updateMany({ where: { id: p.id, version, status: p.status }, data: { status: "REJECTED", decisionReason: reason, decidedAt: new Date(), version: { increment: 1 } } });
    if (r.count === 0) throw conflict(vi.errors.conflict, await tx.proposal.findUnique({ where: { id: p.id }, select: { status: true, version: true } }));
    await writeAudit(tx, auditActor(actor), { action: "proposal.reject", entity: "Proposal", entityId: p.id, unitId: p.communeId, before: { status: p.status }, after: { status: "REJECTED", reason } });
    return { id: p.id, message: t(s.rejected, { name: p.commune.name }) };
  });
}
