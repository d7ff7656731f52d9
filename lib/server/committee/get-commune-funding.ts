import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { FUNDING_SOURCES } from "@/lib/domain/funding";
import { requireFundedSelection } from "./funded-selection";

export type GetCommuneFundingOptions = { actor: Actor; selectionId: string };

/** The commune's funding of its programme year: one row per source (amounts in đồng as BigInt; version 0 when none yet). */
export async function getCommuneFunding({ actor, selectionId }: GetCommuneFundingOptions) {
  assertCan(actor, "programme.view");
  const sel = await requireFundedSelection(actor, selectionId);
  const rows = await db.funding.findMany({
    where: { programmeId: sel.programmeId, communeId: sel.communeId },
    select: { source: true, planned: true, spent: true, version: true },
  });
  return FUNDING_SOURCES.map(
    (source) => rows.find((r) => r.source === source) ?? { source, planned: 0n, spent: 0n, version: 0 },
  );
}
