import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { vi } from "@/lib/i18n/vi";
import { guardedUpdate } from "./guarded-proposal-update";

const s = vi.programme.proposals;

/** A draft or submitted proposal can be withdrawn until the province decides it. */
export async function withdrawProposal(actor: Actor, proposalId: string, version: number) {
  assertCan(actor, "proposal.create");
  return guardedUpdate(actor, proposalId, version, ["DRAFT", "SUBMITTED"], { status: "WITHDRAWN" }, "proposal.withdraw", s.cannotWithdraw);
}
