import "server-only";
import { db } from "@/lib/db";
import { Id } from "@/lib/contracts/primitives";
import type { Role } from "@/lib/generated/prisma/enums";

// The actor's fields used here (not the `Actor` type: lib/authz/actor.ts calls this module).
type Reader = { role: Role; unitId: string; provinceId: string | null };

/**
 * Issue #18 §5: the cookie holding the province the ministry's standing office is reading. A national account has
 * no province of its own; the programme's pages read one province at a time (`programmeScope` uses
 * `actor.provinceId`), so the ministry picks it on its national table (`/ministry/read?province=`).
 */
export const READ_PROVINCE_COOKIE = "bcd_read_province";

/** Roles that read one chosen province's programme without belonging to it: the national, read-only role. */
const READS_ANY_PROVINCE = new Set<Role>(["MINISTRY_OFFICE"]);

/** Whether the actor's role picks the province it reads (a national reader) rather than having one. */
export const readsChosenProvince = (actor: Pick<Reader, "role">) => READS_ANY_PROVINCE.has(actor.role);

/**
 * SECURITY: the actor reading `provinceId` (a province in force inside its subtree), for a national reader only;
 * any other actor, an unknown id or a unit that is not a province → the actor unchanged. Only `provinceId` changes:
 * the permission matrix still refuses every write of the programme, and `unitScope` stays the actor's own.
 */
export async function withReadProvince<A extends Reader>(actor: A, provinceId: string | null | undefined): Promise<A> {
  if (!readsChosenProvince(actor) || !Id.safeParse(provinceId).success) return actor;
  // The subtree rule of `unitScope` (lib/authz/access.ts), written out: access.ts imports actor.ts, which calls this.
  const province = await db.unit.findFirst({
    where: { id: provinceId!, level: "PROVINCE", validTo: null, lineage: { has: actor.unitId } },
    select: { id: true },
  });
  return province ? { ...actor, provinceId: province.id } : actor;
}
