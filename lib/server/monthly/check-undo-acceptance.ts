import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { mayUndoDecision } from "@/lib/domain/undo-rights";
import type { UnitLevel } from "@/lib/generated/prisma/client";
import { reviewerNames } from "./reviewer-names";

/**
 * Whether the actor may undo the report's acceptance (domain.md §8): the level that accepted it or a higher one.
 * Used by the page (to show or hide "Mở khóa"), and by every unlock path below; refuses with who accepted.
 */
export async function checkUndoAcceptance(
  actor: Actor,
  report: { reviewedById: string | null; reviewedUnitId: string | null; reviewedLevel: UnitLevel | null },
) {
  const name = (await reviewerNames([report]))(report);
  return mayUndoDecision({ decidedLevel: report.reviewedLevel, actorLevel: actor.unitLevel, decidedBy: name });
}
