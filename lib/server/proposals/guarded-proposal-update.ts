import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { requireProposalInScope } from "./proposal-in-scope";

/** What `guardedUpdate` takes besides the actor. */
export type GuardedUpdateOptions = {
  proposalId: string;
  version: number;
  /** The statuses the update may start from. */
  from: readonly string[];
  data: Record<string, unknown>;
  /** The audit action. */
  action: string;
  /** The message when the proposal is in another status. */
  refusal: string;
};

/**
 * Updates a proposal of the actor's subtree only from the allowed statuses and at the expected version
 * (else `refusal`, or "changed by someone else"), audited as `action`. Shared by update, submit and withdraw.
 */
export async function guardedUpdate(
  actor: Actor,
  { proposalId, version, from, data, action, refusal }: GuardedUpdateOptions,
) {
  const proposalInScope = await requireProposalInScope(actor, proposalId);
  if (!from.includes(proposalInScope.status)) throw validation(refusal);
  return db.$transaction(async (tx) => {
    const updated = await tx.proposal.updateMany({
      where: { id: proposalInScope.id, version, status: { in: from as never } },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.proposal.findUnique({
        where: { id: proposalInScope.id },
        select: { status: true, version: true, updatedAt: true },
      });
      throw conflict(vi.errors.conflict, now);
    }
    await writeAudit(tx, auditActor(actor), {
      action,
      entity: "Proposal",
      entityId: proposalInScope.id,
      unitId: proposalInScope.communeId,
      before: {
        status: proposalInScope.status,
        hotspotTypes: proposalInScope.hotspotTypes,
        figures: proposalInScope.figures,
        otherItems: proposalInScope.otherItems,
        justification: proposalInScope.justification,
      },
      after: data,
    });
    return { id: proposalInScope.id, year: proposalInScope.programme.year };
  });
}
