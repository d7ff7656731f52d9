import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { loadSelectionCriteria } from "./criteria";
import { communeEligibility } from "./eligibility";
import { capitalizeVi, levelNames, provinceDepth } from "@/lib/domain/level-names";
import { programme } from "@/lib/i18n/vi/programme";
import { t } from "@/lib/i18n/t";
import { proposalEditableBy } from "./proposal-editable";
import { requireProposalInScope } from "./proposal-in-scope";
import { can } from "@/lib/authz/permissions";

/** One proposal of the actor's area with its criteria, attachments and warnings. */
export async function getProposalDetail(actor: Actor, proposalId: string) {
  assertCan(actor, "programme.view");
  const proposalInScope = await requireProposalInScope(actor, proposalId);
  const [criteria, attachments, eligibility, proposer, editable] = await Promise.all([
    loadSelectionCriteria(proposalInScope.programme.provinceId),
    db.attachment.findMany({
      where: { ownerType: "Proposal", ownerId: proposalInScope.id },
      select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    communeEligibility(db, {
      programmeId: proposalInScope.programmeId,
      year: proposalInScope.programme.year,
      commune: proposalInScope.commune,
      ignoreProposalId: proposalInScope.id,
    }),
    db.unit.findUnique({ where: { id: proposalInScope.proposedByUnitId }, select: { name: true, level: true } }),
    can(actor.role, "proposal.create") ? proposalEditableBy(actor, proposalInScope) : false,
  ]);
  // "Cấp huyện đề xuất", or "Cấp xã đề xuất" when the commune's own committee proposed (2-level province).
  const level = capitalizeVi(levelNames(provinceDepth(proposer?.level !== "COMMUNE")).proposerLevel);
  const sourceLabel =
    proposalInScope.source === "DISTRICT"
      ? t(programme.proposals.source.DISTRICT, { level })
      : programme.proposals.source[proposalInScope.source];
  return {
    proposal: proposalInScope,
    criteria,
    attachments,
    warnings: [...eligibility.errors, ...eligibility.warnings].map((w) => w.message),
    proposerName: proposer?.name ?? "",
    sourceLabel,
    editable,
  };
}
