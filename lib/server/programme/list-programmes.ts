import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { programmeScope } from "./programme-access";

/** Programme years of the actor's province, newest first. */
export async function listProgrammes(actor: Actor) {
  assertCan(actor, "programme.view");
  if (!actor.provinceId) return [];
  return db.programme.findMany({
    where: programmeScope(actor),
    select: {
      id: true,
      year: true,
      planNumber: true,
      planDate: true,
      capPercent: true,
      _count: { select: { selections: { where: { status: "SELECTED" } } } },
      decisions: { select: { id: true }, take: 1 },
    },
    orderBy: { year: "desc" },
  });
}
