import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { vi } from "@/lib/i18n/vi";
import { guardedUpdate } from "./guarded-proposal-update";

const text = vi.programme.proposals;

/** What `submitProposal` takes besides the actor. */
export type SubmitProposalOptions = { proposalId: string; version: number };

/** Submits a draft proposal to the province. */
export async function submitProposal(actor: Actor, { proposalId, version }: SubmitProposalOptions) {
  assertCan(actor, "proposal.create");
  return guardedUpdate(actor, {
    proposalId,
    version,
    from: ["DRAFT"],
    data: { status: "SUBMITTED", submittedAt: new Date() },
    action: "proposal.submit",
    refusal: text.cannotSubmit,
  });
}
