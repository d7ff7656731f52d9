import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { programmeScope } from "@/lib/server/programme/programme-access";

const text = vi.programme.approval;

/** A proposal of the actor's programmes past the draft stage and not yet on an issued list, or "not found". */
export async function requireDecidable(actor: Actor, proposalId: string) {
  if (!isUuid(proposalId)) throw notFound();
  const proposal = await db.proposal.findFirst({
    where: { id: proposalId, programme: programmeScope(actor), status: { not: "DRAFT" } },
    select: {
      id: true,
      status: true,
      version: true,
      communeId: true,
      programmeId: true,
      commune: { select: { name: true } },
      programme: { select: { id: true, provinceId: true, capPercent: true, approvalDate: true } },
    },
  });
  if (!proposal) throw notFound();
  // A commune already on the issued list is changed only by an amending decision (taken off there); a late
  // proposal, after the decision, is approved or rejected here and an approved one waits for the amendment.
  const listed = await db.selection.count({
    where: { programmeId: proposal.programmeId, communeId: proposal.communeId, status: "SELECTED" },
  });
  if (listed) throw validation(text.decided);
  return proposal;
}
