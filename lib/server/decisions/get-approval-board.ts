import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { groupTotal } from "@/lib/domain/proposal-figures";
import { districtsWithoutProposal } from "@/lib/domain/proposal-rules";
import { isUnitActiveOn } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";
import { requireProgrammeForYear, type ProgrammeRow } from "@/lib/server/programme/programme-access";
import { codesByGroup, loadSelectionCriteria } from "@/lib/server/proposals/criteria";
import { capStatus } from "./cap";
import { earlyDecision } from "@/lib/domain/decision-calendar";
import { appNow } from "@/lib/clock";

/**
 * The secretariat's approval table: every proposal of the year (drafts excluded) with its group totals
 * for ranking, the cap "N / max", the districts without a proposal, the decisions and the decided list.
 */
export async function getApprovalBoard(actor: Actor, year: number, now = appNow()) {
  assertCan(actor, "proposal.decide");
  return approvalBoardOf(await requireProgrammeForYear(actor, year), now);
}

/** The approval board of a programme already loaded through the actor's scope (requireProgramme / ForYear). */
export async function approvalBoardOf(programme: ProgrammeRow, now: Date) {
  const year = programme.year;
  const [proposals, criteria, decisions, selections, communes] = await Promise.all([
    db.proposal.findMany({
      where: { programmeId: programme.id, status: { not: "DRAFT" } },
      select: {
        id: true,
        status: true,
        source: true,
        hotspotTypes: true,
        figures: true,
        otherItems: true,
        justification: true,
        decisionReason: true,
        version: true,
        proposedByUnitId: true,
        commune: {
          select: {
            id: true,
            name: true,
            code: true,
            parentId: true,
            newRuralYear: true,
            parent: { select: { id: true, name: true, level: true } },
          },
        },
      },
    }),
    loadSelectionCriteria(programme.provinceId),
    db.selectionDecision.findMany({
      where: { programmeId: programme.id },
      select: { id: true, kind: true, number: true, date: true, signatoryName: true, signatoryTitle: true, note: true },
      orderBy: { createdAt: "asc" },
    }),
    db.selection.findMany({
      where: { programmeId: programme.id },
      select: {
        id: true,
        status: true,
        hotspotTypes: true,
        proposalId: true,
        decisionId: true,
        commune: { select: { id: true, name: true, parent: { select: { name: true, level: true } } } },
      },
      orderBy: { commune: { code: "asc" } },
    }),
    db.unit.findMany({
      where: { provinceId: programme.provinceId, level: { in: ["COMMUNE", "DISTRICT"] } },
      select: {
        id: true,
        name: true,
        level: true,
        validFrom: true,
        validTo: true,
        parent: { select: { name: true, level: true } },
      },
      orderBy: { code: "asc" },
    }),
  ]);
  const day = fromDbDay(programme.approvalDate);
  // Approved communes not on the list now (never selected, or taken off by an amendment) can be added by amendment.
  const selectedCommunes = new Set(selections.filter((x) => x.status === "SELECTED").map((x) => x.commune.id));
  const active = communes.filter((u) =>
    isUnitActiveOn({ validFrom: fromDbDay(u.validFrom), validTo: u.validTo ? fromDbDay(u.validTo) : null }, day),
  );
  const groups = codesByGroup(criteria);
  const cap = await capStatus(db, programme, programme.approvalDate);
  const rows = proposals
    .map((proposal) => {
      const figures = (proposal.figures ?? {}) as Record<string, number>;
      const other = (proposal.otherItems ?? {}) as Record<string, { present?: boolean }>;
      const totals = {
        CRIMINAL: groupTotal(figures, groups.CRIMINAL),
        DRUGS: groupTotal(figures, groups.DRUGS),
        ECONOMY_ENVIRONMENT: groupTotal(figures, groups.ECONOMY_ENVIRONMENT),
        OTHER: groups.OTHER.filter((c) => other[c]?.present).length,
      };
      const district = proposal.commune.parent?.level === "DISTRICT" ? proposal.commune.parent : null;
      return {
        /** On the issued list now: changed only by an amending decision. */
        listed: selectedCommunes.has(proposal.commune.id),
        id: proposal.id,
        status: proposal.status,
        source: proposal.source,
        hotspotTypes: proposal.hotspotTypes,
        justification: proposal.justification,
        decisionReason: proposal.decisionReason,
        version: proposal.version,
        communeId: proposal.commune.id,
        communeName: proposal.commune.name,
        districtId: district?.id ?? "",
        districtName: district?.name ?? "",
        newRural: proposal.commune.newRuralYear === year - 1,
        totals,
        score: totals.CRIMINAL + totals.DRUGS + totals.ECONOMY_ENVIRONMENT + totals.OTHER,
      };
    })
    .sort((a, b) => b.score - a.score || a.communeName.localeCompare(b.communeName, "vi"));
  const proposingDistricts = active.filter((u) => u.level === "DISTRICT").map((d) => ({ id: d.id, name: d.name }));
  const live = rows.filter((r) => r.status !== "WITHDRAWN" && r.source === "DISTRICT");
  const inList = new Set(
    proposals.filter((p) => p.status !== "WITHDRAWN" && p.status !== "REJECTED").map((p) => p.commune.id),
  );
  const districtWarnings = districtsWithoutProposal(
    proposingDistricts,
    live.map((r) => ({ districtId: r.districtId })),
  );
  const districtName = new Map(proposingDistricts.map((d) => [d.id, d.name]));
  return {
    programme: {
      id: programme.id,
      year: programme.year,
      approverTitle: programme.approverTitle,
      approvalDate: programme.approvalDate,
      provinceName: programme.province.name,
    },
    criteria,
    rows,
    decisions,
    cap,
    decided: decisions.some((d) => d.kind === "ORIGINAL"),
    selections,
    pendingAmendment: rows.filter((r) => r.status === "APPROVED" && !selectedCommunes.has(r.communeId)),
    districtWarnings,
    /** Issuing now needs a confirmation (before the proposal deadline / districts without proposal: issue #13 case 7). */
    early: earlyDecision({
      now,
      proposalDeadline: fromDbDay(programme.proposalDeadline),
      withoutProposal: districtWarnings.map((w) => districtName.get(w.districtId) ?? ""),
    }),
    districts: proposingDistricts,
    // Communes the province may add on its own: existing, not already on the list.
    addable: active
      .filter((u) => u.level === "COMMUNE" && !inList.has(u.id))
      .map((u) => ({ id: u.id, name: u.parent?.level === "DISTRICT" ? `${u.name} (${u.parent.name})` : u.name })),
  };
}
