import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { FUNDING_SOURCES, fundingTotals, type FundingSource } from "@/lib/domain/funding";
import { auditActor } from "@/lib/server/users/manage-users";
import { programmeScope } from "@/lib/server/programme/programme-access";
import type { SaveFundingInput } from "./schemas";

/** A decided commune of the actor's subtree and province (else "not found"): {id, programmeId, communeId}. */
async function requireSelection(actor: Actor, selectionId: string) {
  if (!isUuid(selectionId)) throw notFound();
  const sel = await db.selection.findFirst({ where: { id: selectionId, commune: unitScope(actor), programme: programmeScope(actor) }, select: { id: true, programmeId: true, communeId: true } });
  if (!sel) throw notFound();
  return sel;
}

/** The commune's funding of its programme year: one row per source (amounts in đồng as BigInt; version 0 when none yet). */
export async function getCommuneFunding(actor: Actor, selectionId: string) {
  assertCan(actor, "programme.view");
  const sel = await requireSelection(actor, selectionId);
  const rows = await db.funding.findMany({ where: { programmeId: sel.programmeId, communeId: sel.communeId }, select: { source: true, planned: true, spent: true, version: true } });
  return FUNDING_SOURCES.map((source) => rows.find((r) => r.source === source) ?? { source, planned: 0n, spent: 0n, version: 0 });
}

/**
 * Issue #18 §4: the secretariat or the district records a decided commune's funding, planned and spent per source
 * (seed 002 mục IV), in whole đồng. Each row is version-checked (0 = none yet; a concurrent change → CONFLICT);
 * a source given twice is refused. All rows in one transaction with one audit entry. Returns {selectionId}.
 */
export async function saveCommuneFunding(actor: Actor, input: SaveFundingInput) {
  assertCan(actor, "funding.manage");
  const sel = await requireSelection(actor, input.selectionId);
  const sources = input.rows.map((r) => r.source);
  if (new Set(sources).size !== sources.length) throw validation("Mỗi nguồn kinh phí chỉ nhập một lần.", { rows: ["Mỗi nguồn kinh phí chỉ nhập một lần."] });
  const before = await db.funding.findMany({ where: { programmeId: sel.programmeId, communeId: sel.communeId }, select: { source: true, planned: true, spent: true } });
  try {
    return await db.$transaction(async (tx) => {
      for (const row of input.rows) {
        const amounts = { planned: BigInt(row.planned), spent: BigInt(row.spent), updatedById: actor.userId };
        if (row.version === 0) {
          await tx.funding.create({ data: { programmeId: sel.programmeId, communeId: sel.communeId, source: row.source, ...amounts } });
        } else {
          const updated = await tx.funding.updateMany({ where: { programmeId: sel.programmeId, communeId: sel.communeId, source: row.source, version: row.version }, data: { ...amounts, version: { increment: 1 } } });
          if (updated.count === 0) throw conflict();
        }
      }
      const asText = (rows: { source: FundingSource; planned: bigint | number; spent: bigint | number }[]) =>
        rows.map((r) => ({ source: r.source, planned: String(r.planned), spent: String(r.spent) }));
      await writeAudit(tx, auditActor(actor), { action: "funding.save", entity: "Selection", entityId: sel.id, unitId: sel.communeId, before: asText(before), after: asText(input.rows) });
      return { selectionId: sel.id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw conflict();
    throw error;
  }
}

/**
 * The funding of a programme `year` in the actor's subtree (its province's communes for the secretariat): totals per
 * source and overall (`fundingTotals`, đồng as BigInt) and the number of communes with amounts.
 */
export async function fundingTotalsForYear(actor: Actor, year: number) {
  const rows = await db.funding.findMany({ where: { programme: { year, ...programmeScope(actor) }, commune: unitScope(actor) }, select: { source: true, planned: true, spent: true, communeId: true } });
  return { ...fundingTotals(rows), communes: new Set(rows.map((r) => r.communeId)).size };
}
