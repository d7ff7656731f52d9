import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { groupTotal } from "@/lib/domain/proposal-figures";
import { districtsWithoutProposal, proposalEligibility } from "@/lib/domain/proposal-rules";
import { isUnitActiveOn } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { codesByGroup, loadSelectionCriteria } from "./criteria";
import { communeEligibility } from "./eligibility";
import { capitalizeVi, levelNames, provinceDepth } from "@/lib/domain/level-names";
import { programme } from "@/lib/i18n/vi/programme";
import { t } from "@/lib/i18n/t";
import { proposalEditableBy, requireProposalInScope } from "./manage-proposals";
import { can } from "@/lib/authz/permissions";

const activeOn = (u: { validFrom: Date; validTo: Date | null }, day: Date) =>
  isUnitActiveOn({ validFrom: fromDbDay(u.validFrom), validTo: u.validTo ? fromDbDay(u.validTo) : null }, day);

/** The proposing units of the actor's area: districts, or (2-level province) the communes themselves. */
export async function proposingUnits(provinceId: string, scope: ReturnType<typeof unitScope>, day: Date) {
  const districts = await db.unit.findMany({ where: { provinceId, level: "DISTRICT", ...scope }, select: { id: true, name: true, validFrom: true, validTo: true }, orderBy: { code: "asc" } });
  return districts.filter((d) => activeOn(d, day));
}

/** Proposals of the actor's area for a year, the communes it may still propose, and the warnings. */
export async function getProposalsPage(actor: Actor, year: number) {
  assertCan(actor, "programme.view");
  const programme = await requireProgrammeForYear(actor, year);
  const day = fromDbDay(programme.approvalDate);
  const scope = unitScope(actor);
  const [proposals, communes, criteria, decided] = await Promise.all([
    db.proposal.findMany({
      // Drafts stay with the unit writing them until submitted.
      where: { programmeId: programme.id, commune: scope, OR: [{ status: { not: "DRAFT" } }, { proposedByUnitId: actor.unitId }] },
      select: { id: true, status: true, source: true, hotspotTypes: true, figures: true, version: true, submittedAt: true, commune: { select: { id: true, name: true, parentId: true, newRuralYear: true, parent: { select: { name: true } } } } },
      orderBy: [{ commune: { code: "asc" } }],
    }),
    db.unit.findMany({ where: { provinceId: programme.provinceId, level: "COMMUNE", ...scope }, select: { id: true, name: true, code: true, parentId: true, validFrom: true, validTo: true, newRuralYear: true, parent: { select: { name: true, level: true } } }, orderBy: { code: "asc" } }),
    loadSelectionCriteria(programme.provinceId),
    db.selectionDecision.count({ where: { programmeId: programme.id, kind: "ORIGINAL" } }),
  ]);
  const groups = codesByGroup(criteria);
  const proposed = new Set(proposals.filter((p) => p.status !== "WITHDRAWN").map((p) => p.commune.id));
  const candidates = communes
    .filter((c) => activeOn(c, day) && !proposed.has(c.id))
    .map((c) => ({
      id: c.id,
      name: c.parent?.level === "DISTRICT" ? `${c.name} (${c.parent.name})` : c.name,
      // Only the NTM warning is known without loading verdicts; the server re-checks everything on create.
      warnings: proposalEligibility({ newRuralRecognizedLastYear: c.newRuralYear === year - 1, relapseRecordedAfterPass: false, alreadyProposedOrSelectedThisYear: false }).warnings.map((w) => w.message),
    }));
  const active = proposals.filter((p) => p.status !== "WITHDRAWN" && p.status !== "DRAFT");
  const districts = await proposingUnits(programme.provinceId, scope, day);
  const districtWarnings = districtsWithoutProposal(districts, active.map((p) => ({ districtId: p.commune.parentId ?? "" })));
  return {
    programme,
    decided: decided > 0,
    criteria,
    candidates,
    districtWarnings,
    proposals: proposals.map((proposal) => {
      const figures = (proposal.figures ?? {}) as Record<string, number>;
      return {
        id: proposal.id, status: proposal.status, source: proposal.source, hotspotTypes: proposal.hotspotTypes, version: proposal.version, submittedAt: proposal.submittedAt,
        communeName: proposal.commune.name, districtName: proposal.commune.parent?.name ?? "",
        newRural: proposal.commune.newRuralYear === year - 1,
        totals: { CRIMINAL: groupTotal(figures, groups.CRIMINAL), DRUGS: groupTotal(figures, groups.DRUGS), ECONOMY_ENVIRONMENT: groupTotal(figures, groups.ECONOMY_ENVIRONMENT) },
      };
    }),
  };
}

/** One proposal of the actor's area with its criteria, attachments and warnings. */
export async function getProposalDetail(actor: Actor, proposalId: string) {
  assertCan(actor, "programme.view");
  const proposalInScope = await requireProposalInScope(actor, proposalId);
  const [criteria, attachments, eligibility, proposer, editable] = await Promise.all([
    loadSelectionCriteria(proposalInScope.programme.provinceId),
    db.attachment.findMany({ where: { ownerType: "Proposal", ownerId: proposalInScope.id }, select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    communeEligibility(db, { programmeId: proposalInScope.programmeId, year: proposalInScope.programme.year, commune: proposalInScope.commune, ignoreProposalId: proposalInScope.id }),
    db.unit.findUnique({ where: { id: proposalInScope.proposedByUnitId }, select: { name: true, level: true } }),
    can(actor.role, "proposal.create") ? proposalEditableBy(actor, proposalInScope) : false,
  ]);
  // "Cấp huyện đề xuất", or "Cấp xã đề xuất" when the commune's own committee proposed (2-level province).
  const level = capitalizeVi(levelNames(provinceDepth(proposer?.level !== "COMMUNE")).proposerLevel);
  const sourceLabel = proposalInScope.source === "DISTRICT" ? t(programme.proposals.source.DISTRICT, { level }) : programme.proposals.source[proposalInScope.source];
  return {
    proposal: proposalInScope, criteria, attachments, warnings: [...eligibility.errors, ...eligibility.warnings].map((w) => w.message),
    proposerName: proposer?.name ?? "", sourceLabel, editable,
  };
}
