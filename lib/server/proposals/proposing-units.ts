import "server-only";
import { db } from "@/lib/db";
import type { unitScope } from "@/lib/authz/access";
import { isUnitActiveOn } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";

/** Whether a unit exists on a day (validFrom inclusive, validTo exclusive). */
export const activeOn = (u: { validFrom: Date; validTo: Date | null }, day: Date) =>
  isUnitActiveOn({ validFrom: fromDbDay(u.validFrom), validTo: u.validTo ? fromDbDay(u.validTo) : null }, day);

/** The proposing units of the actor's area: districts, or (2-level province) the communes themselves. */
export async function proposingUnits(provinceId: string, scope: ReturnType<typeof unitScope>, day: Date) {
  const districts = await db.unit.findMany({
    where: { provinceId, level: "DISTRICT", ...scope },
    select: { id: true, name: true, validFrom: true, validTo: true },
    orderBy: { code: "asc" },
  });
  return districts.filter((d) => activeOn(d, day));
}
