import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";

/** Units that send a monthly committee report, in the actor's subtree: districts, or communes of a 2-level province. */
export async function listReportingUnits(actor: Actor) {
  return db.unit.findMany({
    where: {
      AND: [
        unitScope(actor),
        { OR: [{ level: "DISTRICT" }, { level: "COMMUNE", parent: { level: "PROVINCE" } }] },
        { validTo: null },
      ],
    },
    select: { id: true, name: true },
    orderBy: { code: "asc" },
    take: 500,
  });
}
