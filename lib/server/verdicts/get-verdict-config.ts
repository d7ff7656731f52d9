import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";

/** The province's verdict configuration of a year: the counts of the crime reduction, the minimum, the criteria. */
export async function getVerdictConfig(actor: Actor, year: number) {
  assertCan(actor, "programme.manage");
  if (!actor.provinceId) throw notFound();
  const [programme, criteria, counts] = await Promise.all([
    db.programme.findUnique({
      where: { provinceId_year: { provinceId: actor.provinceId, year } },
      select: {
        id: true,
        year: true,
        crimeReductionCodes: true,
        crimeReductionMinPercent: true,
        passThresholdPercent: true,
        version: true,
      },
    }),
    db.verdictCriterion.findMany({
      where: { provinceId: actor.provinceId },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    db.indicator.findMany({
      where: { provinceId: actor.provinceId, kind: "COUNT", isSelectionCriterion: true, validToPeriod: null },
      select: { code: true, name: true },
      orderBy: { sortOrder: "asc" },
    }),
  ]);
  return { provinceId: actor.provinceId, programme, criteria, counts };
}
