import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { SaveRoundSchema, type SaveRoundInput } from "@/lib/contracts/awards/save-round";

/** The province secretariat opens or updates the year's round (quotas, leader share, priority notes). */
export async function saveEmulationRound(actor: Actor, raw: SaveRoundInput) {
  assertCan(actor, "award.manage");
  const input = parseInput(SaveRoundSchema, raw);
  const province = await requireUnitInScope(actor, input.provinceId);
  if (province.level !== "PROVINCE") throw notFound();
  const provinceId = province.id;
  return db.$transaction(async (tx) => {
    const before = await tx.emulationRound.findUnique({ where: { provinceId_year: { provinceId, year: input.year } } });
    const data = {
      collectiveQuota: input.collectiveQuota,
      individualQuota: input.individualQuota,
      leaderMaxPercent: input.leaderMaxPercent,
      priorityNotes: input.priorityNotes,
    };
    const round = await tx.emulationRound.upsert({
      where: { provinceId_year: { provinceId, year: input.year } },
      create: { ...data, provinceId, year: input.year },
      update: data,
      select: { id: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: before ? "award.round.update" : "award.round.create",
      entity: "EmulationRound",
      entityId: round.id,
      unitId: provinceId,
      before,
      after: data,
    });
    return round;
  });
}
