import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import type { UpdateProposalInput } from "@/lib/contracts/programme/update-proposal";
import { requireProposalInScope } from "./proposal-in-scope";
import { guardedUpdate } from "./guarded-proposal-update";
import { proposalEditableBy } from "./proposal-editable";

const text = vi.programme.proposals;

/**
 * Edits a proposal: types, figures by criteria group, "khác" items with notes, justification. A district's
 * proposal while a draft; a carry-over or province-added row (approved on creation) by the province until a
 * decision lists it (isProposalEditable).
 */
export async function updateProposal(actor: Actor, input: UpdateProposalInput) {
  assertCan(actor, "proposal.create");
  const { proposalId, version, ...rest } = input;
  const proposalInScope = await requireProposalInScope(actor, proposalId);
  if (!(await proposalEditableBy(actor, proposalInScope))) throw validation(text.onlyDraftEditable);
  const figures = Object.fromEntries(Object.entries(rest.figures).filter(([, v]) => v !== null));
  const data = {
    hotspotTypes: rest.hotspotTypes,
    justification: rest.justification,
    figures,
    otherItems: rest.otherItems,
  };
  const refusal = text.onlyDraftEditable;
  return guardedUpdate(actor, {
    proposalId,
    version,
    from: [proposalInScope.status],
    data,
    action: "proposal.update",
    refusal,
  });
}
