import "server-only";
import type { Tx } from "@/lib/db";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import { carrySelections, type CarriedSelection } from "@/lib/domain/unit-succession";
import { carryProposals, type ProposalFate } from "@/lib/domain/change-carry-rules";
import type { HotspotType } from "@/lib/domain/types";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";

/** One selection of an open programme (its year is the change's year or later) that the change touches. */
export type TouchedSelection = {
  id: string;
  programmeId: string;
  year: number;
  communeId: string;
  communeName: string;
  hotspotTypes: HotspotType[];
  planNumber: string | null;
};

/**
 * What an administrative change touches (issue #12 §1 "a preview of what it touches"): the selections of open
 * programmes of the ceasing units and of their successors, and what the list becomes (one selection per commune,
 * types united, lib/domain/unit-succession.ts carrySelections), the active accounts of the ceasing units, and
 * their monthly reports not yet accepted. The same object is shown before and applied after: nothing differs.
 */
export type ChangeImpact = {
  selections: TouchedSelection[];
  carried: Array<CarriedSelection & { programmeId: string; year: number }>;
  users: Array<{ id: string; username: string; fullName: string; role: string; unitId: string }>;
  openReports: Array<{ id: string; communeName: string; year: number; month: number; status: string }>;
  /** Proposals not yet decided of the ceasing communes: each moves to the successor or is withdrawn (carryProposals). */
  proposals: Array<ProposalFate & { communeName: string; year: number; status: string }>;
};

/**
 * Reads the impact of ceasing `ceasingIds` on `effectiveDay` (a DB day, UTC midnight), the area of each going to
 * `successorOf.get(id)` (a unit that continues: the selections of a unit without successor are listed, not moved).
 */
export async function changeImpact(
  tx: Tx,
  ceasingIds: readonly string[],
  successorOf: ReadonlyMap<string, string>,
  effectiveDay: Date,
): Promise<ChangeImpact> {
  const year = effectiveDay.getUTCFullYear();
  const involved = [...new Set([...ceasingIds, ...successorOf.values()])];
  const [rows, users, reports, proposals] = await Promise.all([
    tx.selection.findMany({
      where: { communeId: { in: involved }, status: "SELECTED", programme: { year: { gte: year } } },
      select: {
        id: true,
        programmeId: true,
        communeId: true,
        hotspotTypes: true,
        programme: { select: { year: true } },
        commune: { select: { name: true } },
        plan: { select: { number: true } },
      },
      orderBy: [{ programme: { year: "asc" } }, { commune: { code: "asc" } }],
    }),
    tx.user.findMany({
      where: { unitId: { in: [...ceasingIds] }, isActive: true },
      select: { id: true, username: true, fullName: true, role: true, unitId: true },
      orderBy: { username: "asc" },
    }),
    tx.monthlyReport.findMany({
      where: { communeId: { in: [...ceasingIds] }, status: { not: "ACCEPTED" } },
      select: { id: true, year: true, month: true, status: true, commune: { select: { name: true } } },
      orderBy: [{ year: "asc" }, { month: "asc" }],
    }),
    waitingProposals(tx, ceasingIds, successorOf),
  ]);
  const selections = rows.map((r): TouchedSelection => ({
    id: r.id,
    programmeId: r.programmeId,
    year: r.programme.year,
    communeId: r.communeId,
    communeName: r.commune.name,
    hotspotTypes: r.hotspotTypes as HotspotType[],
    planNumber: r.plan?.number ?? null,
  }));
  const carried: ChangeImpact["carried"] = [];
  for (const programmeId of new Set(selections.map((s) => s.programmeId))) {
    const list = selections.filter((s) => s.programmeId === programmeId);
    const input = list.map((s) => ({
      selectionId: s.id,
      communeId: s.communeId,
      hotspotTypes: s.hotspotTypes,
      hasPlan: s.planNumber !== null,
    }));
    for (const c of carrySelections(input, successorOf)) carried.push({ ...c, programmeId, year: list[0]!.year });
  }
  return {
    selections,
    carried,
    users,
    openReports: reports.map((r) => ({
      id: r.id,
      communeName: r.commune.name,
      year: r.year,
      month: r.month,
      status: r.status,
    })),
    proposals,
  };
}

/** The waiting proposals (DRAFT, SUBMITTED) of the ceasing communes and what becomes of each (carryProposals). */
async function waitingProposals(tx: Tx, ceasingIds: readonly string[], successorOf: ReadonlyMap<string, string>) {
  const rows = await tx.proposal.findMany({
    where: { communeId: { in: [...ceasingIds] }, status: { in: ["DRAFT", "SUBMITTED"] } },
    select: {
      id: true,
      programmeId: true,
      communeId: true,
      status: true,
      programme: { select: { year: true } },
      commune: { select: { name: true } },
    },
    orderBy: [{ programme: { year: "asc" } }, { commune: { code: "asc" } }],
  });
  if (rows.length === 0) return [];
  const successors = [...new Set(successorOf.values())];
  const held = await tx.proposal.findMany({
    where: { programmeId: { in: rows.map((r) => r.programmeId) }, communeId: { in: successors } },
    select: { programmeId: true, communeId: true },
  });
  const fates = carryProposals(rows, successorOf, new Set(held.map((h) => `${h.programmeId}:${h.communeId}`)));
  return fates.map((f, i) => ({
    ...f,
    communeName: rows[i]!.commune.name,
    year: rows[i]!.programme.year,
    status: rows[i]!.status,
  }));
}

/**
 * Applies the proposals' fates (inside the change's transaction): a moved proposal now names the successor (figures,
 * types and justification kept: the successor's committee reviews them); a withdrawn one keeps its commune and says
 * why, with the change's legal basis, in `decisionReason`. Returns how many moved / were withdrawn.
 */
export async function applyProposals(tx: Tx, impact: ChangeImpact, legalBasis: string) {
  let moved = 0,
    withdrawn = 0;
  for (const proposal of impact.proposals) {
    if (proposal.action === "KEEP") continue;
    if (proposal.action === "MOVE") {
      await tx.proposal.update({
        where: { id: proposal.proposalId },
        data: { communeId: proposal.toCommuneId, version: { increment: 1 } },
      });
      moved += 1;
    } else {
      await tx.proposal.update({
        where: { id: proposal.proposalId },
        data: {
          status: "WITHDRAWN",
          decisionReason: t(text.withdrawn[proposal.reason], { commune: proposal.communeName, basis: legalBasis }),
          version: { increment: 1 },
        },
      });
      withdrawn += 1;
    }
  }
  return { moved, withdrawn };
}

/**
 * Applies the carried list (inside the change's transaction): the predecessors' selections folded into another
 * leave the list (REMOVED, kept as history), their plan and reviews move to the kept selection when it has none of
 * that kind, and the kept selection passes to the commune with the united types.
 */
export async function applyCarriedSelections(tx: Tx, impact: ChangeImpact): Promise<number> {
  let changed = 0;
  for (const carried of impact.carried) {
    const kept = impact.selections.find((s) => s.id === carried.keepSelectionId)!;
    if (carried.foldedSelectionIds.length > 0) {
      await tx.selection.updateMany({ where: { id: { in: carried.foldedSelectionIds } }, data: { status: "REMOVED" } });
      if (kept.planNumber === null) {
        const plan = await tx.plan.findFirst({
          where: { selectionId: { in: carried.foldedSelectionIds } },
          select: { id: true },
        });
        if (plan) await tx.plan.update({ where: { id: plan.id }, data: { selectionId: kept.id } });
      }
      const own = await tx.communeReview.findMany({ where: { selectionId: kept.id }, select: { kind: true } });
      const moved = await tx.communeReview.findMany({
        where: { selectionId: { in: carried.foldedSelectionIds }, kind: { notIn: own.map((r) => r.kind) } },
        select: { id: true, kind: true },
      });
      const firstOfKind = [...new Map(moved.map((r) => [r.kind, r.id])).values()];
      if (firstOfKind.length > 0)
        await tx.communeReview.updateMany({ where: { id: { in: firstOfKind } }, data: { selectionId: kept.id } });
    }
    if (
      kept.communeId !== carried.communeId ||
      kept.hotspotTypes.join() !== carried.hotspotTypes.join() ||
      carried.foldedSelectionIds.length > 0
    ) {
      await tx.selection.update({
        where: { id: kept.id },
        data: { communeId: carried.communeId, hotspotTypes: carried.hotspotTypes },
      });
      changed += 1;
    }
  }
  return changed;
}

/**
 * The accounts of the ceased units (issue #12 §2): moved to the successor (`MOVE`, same role) or deactivated; either
 * way their sessions and API tokens end (their unit changed). Returns how many accounts were moved / deactivated.
 */
export async function applyUsers(
  tx: Tx,
  impact: ChangeImpact,
  mode: "MOVE" | "DEACTIVATE",
  successorOf: ReadonlyMap<string, string>,
) {
  let moved = 0,
    deactivated = 0;
  for (const user of impact.users) {
    const to = successorOf.get(user.unitId);
    if (mode === "MOVE" && to) {
      await tx.user.update({ where: { id: user.id }, data: { unitId: to, version: { increment: 1 } } });
      moved += 1;
    } else {
      await tx.user.update({ where: { id: user.id }, data: { isActive: false, version: { increment: 1 } } });
      deactivated += 1;
    }
    await revokeUserCredentials(tx, user.id);
  }
  return { moved, deactivated };
}

/** A change shown before it is applied: what it touches, and sentences saying what it does (rename, year, move). */
export type UnitChangePreview = ChangeImpact & { notes: string[] };

/**
 * What a change that keeps the unit (rename, new-rural year, move) touches: its selections of open programmes, its
 * active accounts, its reports not yet accepted and its waiting proposals, all kept (the unit is its own successor).
 */
export async function unitTouches(
  tx: Tx,
  unitId: string,
  effectiveDay: Date,
  notes: string[],
): Promise<UnitChangePreview> {
  const impact = await changeImpact(tx, [unitId], new Map([[unitId, unitId]]), effectiveDay);
  return { ...impact, carried: [], notes };
}
