import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, validation } from "@/lib/errors";
import type { FundingSource } from "@/lib/domain/funding";
import { requireFundedSelection } from "./funded-selection";
import type { SaveFundingInput } from "@/lib/contracts/committee/save-funding";

export type SaveCommuneFundingOptions = { actor: Actor; input: SaveFundingInput };

/**
 * Issue #18 §4: the secretariat or the district records a decided commune's funding, planned and spent per source
 * (seed 002 mục IV), in whole đồng. Each row is version-checked (0 = none yet; a concurrent change → CONFLICT);
 * a source given twice is refused. All rows in one transaction with one audit entry. Returns {selectionId}.
 */
export async function saveCommuneFunding({ actor, input }: SaveCommuneFundingOptions) {
  assertCan(actor, "funding.manage");
  const sel = await requireFundedSelection(actor, input.selectionId);
  const sources = input.rows.map((r) => r.source);
  if (new Set(sources).size !== sources.length)
    throw validation("Mỗi nguồn kinh phí chỉ nhập một lần.", { rows: ["Mỗi nguồn kinh phí chỉ nhập một lần."] });
  const before = await db.funding.findMany({
    where: { programmeId: sel.programmeId, communeId: sel.communeId },
    select: { source: true, planned: true, spent: true },
  });
  try {
    return await db.$transaction(async (tx) => {
      for (const row of input.rows) {
        const amounts = { planned: BigInt(row.planned), spent: BigInt(row.spent), updatedById: actor.userId };
        if (row.version === 0) {
          await tx.funding.create({
            data: { programmeId: sel.programmeId, communeId: sel.communeId, source: row.source, ...amounts },
          });
        } else {
          const updated = await tx.funding.updateMany({
            where: { programmeId: sel.programmeId, communeId: sel.communeId, source: row.source, version: row.version },
            data: { ...amounts, version: { increment: 1 } },
          });
          if (updated.count === 0) throw conflict();
        }
      }
      const asText = (rows: { source: FundingSource; planned: bigint | number; spent: bigint | number }[]) =>
        rows.map((r) => ({ source: r.source, planned: String(r.planned), spent: String(r.spent) }));
      await writeAudit(tx, auditActor(actor), {
        action: "funding.save",
        entity: "Selection",
        entityId: sel.id,
        unitId: sel.communeId,
        before: asText(before),
        after: asText(input.rows),
      });
      return { selectionId: sel.id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw conflict();
    throw error;
  }
}
