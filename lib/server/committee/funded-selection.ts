import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { programmeScope } from "@/lib/server/programme/programme-access";

/** A decided commune of the actor's subtree and province (else "not found"): {id, programmeId, communeId}. */
export async function requireFundedSelection(actor: Actor, selectionId: string) {
  if (!isUuid(selectionId)) throw notFound();
  const sel = await db.selection.findFirst({
    where: { id: selectionId, commune: unitScope(actor), programme: programmeScope(actor) },
    select: { id: true, programmeId: true, communeId: true },
  });
  if (!sel) throw notFound();
  return sel;
}
