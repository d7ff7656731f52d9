import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { requireSelectionInScope, parseInput } from "@/lib/server/reviews/selection-access";
import { lockSelection, loadVerdicts, verdictState } from "./verdict-state";
import {
  SaveCriterionAnswersSchema,
  type SaveCriterionAnswersInput,
} from "@/lib/contracts/verdicts/save-criterion-answers";

/** Answers to the general and type-specific criteria of the province (VerdictCriterion), until the verdict is issued. */
export async function saveCriterionAnswers(actor: Actor, raw: SaveCriterionAnswersInput) {
  assertCan(actor, "verdict.propose");
  const input = parseInput(SaveCriterionAnswersSchema, raw);
  const selection = await requireSelectionInScope(actor, input.selectionId);
  const allowed = await db.verdictCriterion.findMany({
    where: {
      provinceId: selection.programme.provinceId,
      isActive: true,
      OR: [{ hotspotType: null }, { hotspotType: { in: selection.hotspotTypes } }],
    },
    select: { id: true },
  });
  const allowedIds = new Set(allowed.map((c) => c.id));
  if (input.answers.some((a) => !allowedIds.has(a.criterionId))) throw validation(vi.errors.validation);
  return db.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    if (verdictState(await loadVerdicts(tx, [selection.id])).effective) throw validation(vi.reviews.frozen);
    const before = await tx.criterionAnswer.findMany({
      where: { selectionId: selection.id },
      select: { criterionId: true, met: true, note: true },
    });
    for (const a of input.answers) {
      await tx.criterionAnswer.upsert({
        where: { selectionId_criterionId: { selectionId: selection.id, criterionId: a.criterionId } },
        create: { selectionId: selection.id, criterionId: a.criterionId, met: a.met, note: a.note || null },
        update: { met: a.met, note: a.note || null },
      });
    }
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.criteria.save",
      entity: "Selection",
      entityId: selection.id,
      unitId: selection.communeId,
      before,
      after: input.answers,
    });
    return { count: input.answers.length };
  });
}
