import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/** A minutes file or a nomination file whose unit is in the actor's subtree; anything else is "not found". */
export async function getReviewAttachment(actor: Actor, id: string) {
  if (!isUuid(id)) throw notFound();
  const file = await db.attachment.findUnique({
    where: { id },
    select: { ownerType: true, unitId: true, fileName: true, mimeType: true, data: true },
  });
  if (!file || !["CommuneReview", "Nomination"].includes(file.ownerType)) throw notFound();
  const unit = await db.unit.findFirst({
    where: { id: file.unitId, lineage: { has: actor.unitId } },
    select: { id: true },
  });
  if (!unit) throw notFound();
  return { ...file, fileName: file.fileName.replace(/^(PROPOSAL_LETTER|COUNCIL_MINUTES|ACHIEVEMENT_REPORT)__/, "") };
}
