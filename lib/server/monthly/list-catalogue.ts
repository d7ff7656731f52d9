import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { yearMonthOf } from "@/lib/domain/period";
import { allIndicatorVersions, isActiveAt, periodKey } from "./catalogue";
import { appNow } from "@/lib/clock";
import { catalogueProvince } from "./catalogue-province";

/** A province's indicator catalogue: the versions in force this month and those starting later. */
export async function listCatalogue(actor: Actor, provinceId?: string, now = appNow()) {
  assertCan(actor, "monthly.view");
  const province = await catalogueProvince(actor, provinceId);
  if (!province)
    return {
      province: null,
      current: [],
      future: [],
      period: 0,
      provinces: await db.unit.findMany({
        where: { level: "PROVINCE" },
        select: { id: true, name: true },
        orderBy: { code: "asc" },
      }),
    };
  const { year, month } = yearMonthOf(now);
  const period = periodKey(year, month);
  const all = await allIndicatorVersions(province.id);
  return {
    province,
    period,
    provinces: [],
    current: all.filter((i) => isActiveAt(i, period)),
    future: all.filter((i) => i.validFromPeriod > period),
  };
}
