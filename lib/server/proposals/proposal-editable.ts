import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { isProposalEditable, type ProposalEditInput, type ProposalSource } from "@/lib/domain/proposal-rules";

/** Whether the actor may edit the proposal now (lib/domain/proposal-rules isProposalEditable). */
export async function proposalEditableBy(
  actor: Actor,
  proposal: { id: string; source: ProposalSource; status: ProposalEditInput["status"] },
) {
  const inDecision = (await db.selection.count({ where: { proposalId: proposal.id } })) > 0;
  return isProposalEditable({
    source: proposal.source,
    status: proposal.status,
    inDecision,
    actorLevel: actor.unitLevel,
  });
}
