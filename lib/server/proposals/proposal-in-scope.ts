import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/** A proposal whose commune is in the actor's subtree, or "not found" (also for other districts and provinces). */
export async function requireProposalInScope(actor: Actor, proposalId: string) {
  if (!isUuid(proposalId)) throw notFound();
  const proposal = await db.proposal.findFirst({
    where: { id: proposalId, commune: unitScope(actor), programme: { provinceId: actor.provinceId ?? undefined } },
    select: {
      id: true,
      programmeId: true,
      communeId: true,
      proposedByUnitId: true,
      source: true,
      status: true,
      hotspotTypes: true,
      figures: true,
      otherItems: true,
      justification: true,
      decisionReason: true,
      version: true,
      submittedAt: true,
      decidedAt: true,
      createdAt: true,
      commune: { select: { id: true, name: true, code: true, parentId: true, newRuralYear: true, lineage: true } },
      programme: { select: { id: true, year: true, provinceId: true } },
    },
  });
  if (!proposal) throw notFound();
  return proposal;
}
