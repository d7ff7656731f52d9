import "server-only";
import type { Actor } from "@/lib/authz/actor";

/** The reviewer's stamp on a decision: who, when, and the unit and level that decided (lib/domain/undo-rights.ts). */
export const reviewerStamp = (actor: Actor, now: Date) => ({
  reviewedAt: now,
  reviewedById: actor.userId,
  reviewedUnitId: actor.unitId,
  reviewedLevel: actor.unitLevel,
});
