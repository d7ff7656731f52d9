import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, forbidden } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { requireProgramme } from "./programme-access";
import type { UpdateProgrammeInput } from "@/lib/contracts/programme/update-programme";
import { appNow } from "@/lib/clock";
import { requirePlanDate, programmeData } from "./programme-data";

/** Edits the programme's settings and dates (version-checked). */
export async function updateProgramme(actor: Actor, input: UpdateProgrammeInput, now = appNow()) {
  assertCan(actor, "programme.manage");
  const programme = await requireProgramme(actor, input.programmeId);
  if (actor.unitLevel !== "PROVINCE") throw forbidden();
  requirePlanDate(input.planDate, now);
  const { programmeId, version, ...rest } = input;
  return db.$transaction(async (tx) => {
    const updated = await tx.programme.updateMany({
      where: { id: programmeId, version },
      data: { ...programmeData(rest), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.programme.findUnique({
        where: { id: programmeId },
        select: { version: true, updatedAt: true },
      });
      throw conflict(vi.errors.conflict, now);
    }
    await writeAudit(tx, auditActor(actor), {
      action: "programme.update",
      entity: "Programme",
      entityId: programme.id,
      unitId: programme.provinceId,
      before: programme,
      after: rest,
    });
    return { id: programme.id, year: programme.year };
  });
}
