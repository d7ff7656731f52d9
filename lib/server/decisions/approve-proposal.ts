import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { checkCap, lockProgramme } from "./cap";
import { requireDecidable } from "./decidable-proposal";
import { requireProvinceActor } from "./decision-checks";

const text = vi.programme.approval;

/** What `approveProposal` takes besides the actor. */
export type ApproveProposalOptions = { proposalId: string; version: number };

/** Approves a submitted proposal, refused beyond the cap (carry-overs included) — nothing changes then. */
export async function approveProposal(actor: Actor, { proposalId, version }: ApproveProposalOptions) {
  requireProvinceActor(actor);
  const decidable = await requireDecidable(actor, proposalId);
  if (decidable.status !== "SUBMITTED" && decidable.status !== "REJECTED") throw validation(text.notPending);
  return db.$transaction(async (tx) => {
    await lockProgramme(tx, decidable.programmeId);
    const cap = await checkCap(tx, decidable.programme, decidable.programme.approvalDate, 1);
    if (!cap.ok) throw validation(cap.message);
    const updated = await tx.proposal.updateMany({
      where: { id: decidable.id, version, status: decidable.status },
      data: { status: "APPROVED", decisionReason: null, decidedAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw conflict(
        vi.errors.conflict,
        await tx.proposal.findUnique({ where: { id: decidable.id }, select: { status: true, version: true } }),
      );
    await writeAudit(tx, auditActor(actor), {
      action: "proposal.approve",
      entity: "Proposal",
      entityId: decidable.id,
      unitId: decidable.communeId,
      before: { status: decidable.status },
      after: { status: "APPROVED", count: cap.count, max: cap.max },
    });
    return {
      id: decidable.id,
      message: t(text.approved, { name: decidable.commune.name }),
      count: cap.count,
      max: cap.max,
    };
  });
}
