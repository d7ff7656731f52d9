import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { vi } from "@/lib/i18n/vi";
import { guardedUpdate } from "./guarded-proposal-update";

const s = vi.programme.proposals;

/** Submits a draft proposal to the province. */
export async function submitProposal(actor: Actor, proposalId: string, version: number) {
  assertCan(actor, "proposal.create");
  return guardedUpdate(actor, proposalId, version, ["DRAFT"], { status: "SUBMITTED", submittedAt: new Date() }, "proposal.submit", s.cannotSubmit);
}
