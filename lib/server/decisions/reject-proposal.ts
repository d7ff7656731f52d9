import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { requireDecidable } from "./decidable-proposal";
import { requireProvinceActor } from "./decision-checks";

const text = vi.programme.approval;

/** What `rejectProposal` takes besides the actor. */
export type RejectProposalOptions = { proposalId: string; version: number; reason: string };

/** Rejects a proposal (or takes an approved one back off the draft list) with a reason. */
export async function rejectProposal(actor: Actor, { proposalId, version, reason }: RejectProposalOptions) {
  requireProvinceActor(actor);
  const decidable = await requireDecidable(actor, proposalId);
  if (decidable.status !== "SUBMITTED" && decidable.status !== "APPROVED") throw validation(text.notPending);
  return db.$transaction(async (tx) => {
    const updated = await tx.proposal.updateMany({
      where: { id: decidable.id, version, status: decidable.status },
      data: { status: "REJECTED", decisionReason: reason, decidedAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw conflict(
        vi.errors.conflict,
        await tx.proposal.findUnique({ where: { id: decidable.id }, select: { status: true, version: true } }),
      );
    await writeAudit(tx, auditActor(actor), {
      action: "proposal.reject",
      entity: "Proposal",
      entityId: decidable.id,
      unitId: decidable.communeId,
      before: { status: decidable.status },
      after: { status: "REJECTED", reason },
    });
    return { id: decidable.id, message: t(text.rejected, { name: decidable.commune.name }) };
  });
}
