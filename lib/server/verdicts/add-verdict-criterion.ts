import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { AddCriterionSchema } from "./config-schemas";
import { requireProvince } from "./verdict-config-province";

/** Adds a criterion (general or for one hotspot type) to the actor's province, audited. */
export async function addVerdictCriterion(actor: Actor, raw: z.input<typeof AddCriterionSchema>) {
  assertCan(actor, "programme.manage");
  const input = parseInput(AddCriterionSchema, raw);
  const province = await requireProvince(actor, input.provinceId);
  return db.$transaction(async (tx) => {
    const verdictCriterionCount = await tx.verdictCriterion.count({ where: { provinceId: province.id } });
    const row = await tx.verdictCriterion.create({
      data: {
        provinceId: province.id,
        code: `TC_${String(verdictCriterionCount + 1).padStart(3, "0")}_${Date.now().toString(36).toUpperCase()}`,
        name: input.name,
        hotspotType: input.hotspotType,
        sortOrder: verdictCriterionCount,
      },
      select: { id: true, code: true, name: true, hotspotType: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.criterion.add",
      entity: "VerdictCriterion",
      entityId: row.id,
      unitId: province.id,
      after: row,
    });
    return row;
  });
}
