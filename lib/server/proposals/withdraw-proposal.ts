import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { vi } from "@/lib/i18n/vi";
import { guardedUpdate } from "./guarded-proposal-update";

const text = vi.programme.proposals;

/** What `withdrawProposal` takes besides the actor. */
export type WithdrawProposalOptions = { proposalId: string; version: number };

/** A draft or submitted proposal can be withdrawn until the province decides it. */
export async function withdrawProposal(actor: Actor, { proposalId, version }: WithdrawProposalOptions) {
  assertCan(actor, "proposal.create");
  return guardedUpdate(actor, {
    proposalId,
    version,
    from: ["DRAFT", "SUBMITTED"],
    data: { status: "WITHDRAWN" },
    action: "proposal.withdraw",
    refusal: text.cannotWithdraw,
  });
}
