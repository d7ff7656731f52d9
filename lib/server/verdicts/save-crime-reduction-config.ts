import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { SaveCrimeConfigSchema } from "./config-schemas";

/** Sets which counts make up the crime reduction and its minimum for a programme of the actor's province, audited. */
export async function saveCrimeReductionConfig(actor: Actor, raw: z.input<typeof SaveCrimeConfigSchema>) {
  assertCan(actor, "programme.manage");
  const input = parseInput(SaveCrimeConfigSchema, raw);
  if (!isUuid(input.programmeId)) throw notFound();
  const programme = await db.programme.findFirst({
    where: { id: input.programmeId, province: { lineage: { has: actor.unitId } } },
    select: { id: true, provinceId: true, crimeReductionCodes: true, crimeReductionMinPercent: true, version: true },
  });
  if (!programme) throw notFound();
  const known = await db.indicator.count({
    where: { provinceId: programme.provinceId, code: { in: input.codes }, kind: "COUNT" },
  });
  if (known < new Set(input.codes).size) throw validation(vi.errors.validation, { codes: ["Chỉ tiêu không hợp lệ."] });
  return db.$transaction(async (tx) => {
    const { count } = await tx.programme.updateMany({
      where: { id: programme.id, version: input.version },
      data: {
        crimeReductionCodes: [...new Set(input.codes)],
        crimeReductionMinPercent: input.minPercent,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(vi.errors.conflict, { version: programme.version });
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.config.crime",
      entity: "Programme",
      entityId: programme.id,
      unitId: programme.provinceId,
      before: { codes: programme.crimeReductionCodes, minPercent: programme.crimeReductionMinPercent },
      after: { codes: input.codes, minPercent: input.minPercent },
    });
    return { id: programme.id };
  });
}
