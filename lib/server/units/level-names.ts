import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { capitalizeVi, levelNames, provinceDepth, type LevelNames } from "@/lib/domain/level-names";
import { toDbDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import { t, vi } from "@/lib/i18n/vi";

/**
 * The level names of a province (lib/domain/level-names.ts) on a day (Vietnam time; default today): 3 levels
 * while a district-level unit of the province is in force that day (validFrom inclusive, validTo exclusive),
 * else 2. A decision of 2024 in a province reformed in 2025 keeps its districts.
 */
export async function levelNamesOf(provinceId: string, day: Date = appNow()): Promise<LevelNames> {
  const dbDay = toDbDay(day);
  const districts = await db.unit.count({
    where: {
      provinceId,
      level: "DISTRICT",
      validFrom: { lte: dbDay },
      OR: [{ validTo: null }, { validTo: { gt: dbDay } }],
    },
  });
  return levelNames(provinceDepth(districts > 0));
}

/**
 * The title and role label of the actor's home page: the district committee's role is named for its level
 * ("Ban Chỉ đạo cấp xã" in a 2-level province); other roles keep their catalogue names.
 */
export async function homeHeading(actor: Actor): Promise<{ title: string; role: string }> {
  if (actor.role !== "DISTRICT_COMMITTEE") return { title: vi.home[actor.role], role: vi.roles[actor.role] };
  const { proposerCommittee } = await actorLevelNames(actor);
  return { title: t(vi.home.DISTRICT_COMMITTEE, { committee: proposerCommittee }), role: proposerCommittee };
}

/** Fills {level} / {Level} of a catalogue string with the proposing level ("cấp huyện" / "Cấp xã", level-names.ts). */
export function withLevel(template: string, names: LevelNames): string {
  return t(template, { level: names.proposerLevel, Level: capitalizeVi(names.proposerLevel) });
}

/** The level names of the actor's province; the whole-country administrator sees the 3-level names. */
export async function actorLevelNames(actor: Actor, day: Date = appNow()): Promise<LevelNames> {
  return actor.provinceId ? levelNamesOf(actor.provinceId, day) : levelNames(3);
}
