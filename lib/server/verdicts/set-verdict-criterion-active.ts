import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { SetCriterionActiveSchema } from "./config-schemas";
import { requireProvince } from "./verdict-config-province";

/** Criteria are never deleted (answers refer to them): they are deactivated for future verdicts. */
export async function setVerdictCriterionActive(actor: Actor, raw: z.input<typeof SetCriterionActiveSchema>) {
  assertCan(actor, "programme.manage");
  const input = parseInput(SetCriterionActiveSchema, raw);
  const row = await db.verdictCriterion.findUnique({
    where: { id: input.criterionId },
    select: { id: true, provinceId: true, isActive: true },
  });
  if (!row) throw notFound();
  await requireProvince(actor, row.provinceId);
  return db.$transaction(async (tx) => {
    await tx.verdictCriterion.update({ where: { id: row.id }, data: { isActive: input.isActive } });
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.criterion.active",
      entity: "VerdictCriterion",
      entityId: row.id,
      unitId: row.provinceId,
      before: { isActive: row.isActive },
      after: { isActive: input.isActive },
    });
    return { id: row.id, isActive: input.isActive };
  });
}
