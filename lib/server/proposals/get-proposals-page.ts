import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { groupTotal } from "@/lib/domain/proposal-figures";
import { districtsWithoutProposal, proposalEligibility } from "@/lib/domain/proposal-rules";
import { fromDbDay } from "@/lib/domain/vn-date";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { codesByGroup, loadSelectionCriteria } from "./criteria";
import { activeOn, proposingUnits } from "./proposing-units";

/** Proposals of the actor's area for a year, the communes it may still propose, and the warnings. */
export async function getProposalsPage(actor: Actor, year: number) {
  assertCan(actor, "programme.view");
  const programme = await requireProgrammeForYear(actor, year);
  const day = fromDbDay(programme.approvalDate);
  const scope = unitScope(actor);
  const [proposals, communes, criteria, decided] = await Promise.all([
    db.proposal.findMany({
      // Drafts stay with the unit writing them until submitted.
      where: {
        programmeId: programme.id,
        commune: scope,
        OR: [{ status: { not: "DRAFT" } }, { proposedByUnitId: actor.unitId }],
      },
      select: {
        id: true,
        status: true,
        source: true,
        hotspotTypes: true,
        figures: true,
        version: true,
        submittedAt: true,
        commune: {
          select: { id: true, name: true, parentId: true, newRuralYear: true, parent: { select: { name: true } } },
        },
      },
      orderBy: [{ commune: { code: "asc" } }],
    }),
    db.unit.findMany({
      where: { provinceId: programme.provinceId, level: "COMMUNE", ...scope },
      select: {
        id: true,
        name: true,
        code: true,
        parentId: true,
        validFrom: true,
        validTo: true,
        newRuralYear: true,
        parent: { select: { name: true, level: true } },
      },
      orderBy: { code: "asc" },
    }),
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
      warnings: proposalEligibility({
        newRuralRecognizedLastYear: c.newRuralYear === year - 1,
        relapseRecordedAfterPass: false,
        alreadyProposedOrSelectedThisYear: false,
      }).warnings.map((w) => w.message),
    }));
  const active = proposals.filter((p) => p.status !== "WITHDRAWN" && p.status !== "DRAFT");
  const districts = await proposingUnits(programme.provinceId, scope, day);
  const districtWarnings = districtsWithoutProposal(
    districts,
    active.map((p) => ({ districtId: p.commune.parentId ?? "" })),
  );
  return {
    programme,
    decided: decided > 0,
    criteria,
    candidates,
    districtWarnings,
    proposals: proposals.map((p) => {
      const figures = (p.figures ?? {}) as Record<string, number>;
      return {
        id: p.id,
        status: p.status,
        source: p.source,
        hotspotTypes: p.hotspotTypes,
        version: p.version,
        submittedAt: p.submittedAt,
        communeName: p.commune.name,
        districtName: p.commune.parent?.name ?? "",
        newRural: p.commune.newRuralYear === year - 1,
        totals: {
          CRIMINAL: groupTotal(figures, groups.CRIMINAL),
          DRUGS: groupTotal(figures, groups.DRUGS),
          ECONOMY_ENVIRONMENT: groupTotal(figures, groups.ECONOMY_ENVIRONMENT),
        },
      };
    }),
  };
}
