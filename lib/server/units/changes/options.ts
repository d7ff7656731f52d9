import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

/**
 * What the change forms offer (issue #12 §1): the communes of the actor's subtree still in force (by province, then
 * code), its provinces that still have districts in force (candidates for 3 → 2 levels), and the provinces and
 * districts in force (new parents of a move).
 */
export async function listChangeOptions(actor: Actor) {
  assertCan(actor, "unit.change");
  const [communes, provinces, parents] = await Promise.all([
    db.unit.findMany({
      where: { AND: [unitScope(actor), { level: "COMMUNE", validTo: null }] },
      select: { id: true, name: true },
      orderBy: [{ provinceId: "asc" }, { code: "asc" }],
    }),
    db.unit.findMany({
      where: {
        AND: [
          unitScope(actor),
          { level: "PROVINCE", validTo: null, children: { some: { level: "DISTRICT", validTo: null } } },
        ],
      },
      select: { id: true, name: true },
      orderBy: { code: "asc" },
    }),
    db.unit.findMany({
      where: { AND: [unitScope(actor), { level: { in: ["PROVINCE", "DISTRICT"] }, validTo: null }] },
      select: { id: true, name: true },
      orderBy: { code: "asc" },
    }),
  ]);
  return { communes, provinces, parents };
}
