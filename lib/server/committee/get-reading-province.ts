import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { readsChosenProvince } from "@/lib/authz/read-province";

/** Options of `getReadingProvince`: the signed-in actor (its `provinceId` already set from the reader's cookie). */
export type GetReadingProvinceOptions = { actor: Actor };

/**
 * Issue #18 §5: for a national reader (the ministry), the province it is reading ({name}, or null when none is
 * chosen yet); `undefined` for every other role, which reads its own province and needs no notice.
 */
export async function getReadingProvince({ actor }: GetReadingProvinceOptions) {
  if (!readsChosenProvince(actor)) return undefined;
  if (!actor.provinceId) return null;
  return db.unit.findUnique({ where: { id: actor.provinceId }, select: { name: true } });
}
