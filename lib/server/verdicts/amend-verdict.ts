import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { assessVerdict } from "./compute-verdict-recommendation";
import { applyVerdictConsequences } from "./consequences";
import { lockSelection, loadVerdicts, verdictState } from "./verdict-state";
import { AmendVerdictSchema, type AmendVerdictInput } from "@/lib/contracts/verdicts/amend-verdict";
import { decisionTarget } from "./verdict-in-scope";

/**
 * An amendment of an issued verdict: a new, audited decision pointing to the one it replaces (the old row is
 * never edited). Always needs a written reason; the consequences follow the new verdict.
 */
export async function amendVerdict(actor: Actor, raw: AmendVerdictInput) {
  assertCan(actor, "verdict.issue");
  const input = parseInput(AmendVerdictSchema, raw);
  const { selection, decisionDate } = await decisionTarget(actor, input);
  return db.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    const state = verdictState(await loadVerdicts(tx, [selection.id]));
    if (!state.effective || state.effective.id !== input.verdictId)
      throw conflict(vi.errors.conflict, { effective: state.effective?.id ?? null });
    const assessment = await assessVerdict(tx, selection);
    const recommendation = assessment.result.recommendation;
    const row = await tx.communeVerdict.create({
      data: {
        selectionId: selection.id,
        communeId: selection.communeId,
        year: selection.programme.year,
        stage: "ISSUED",
        districtProposal: state.effective.districtProposal,
        secretariatProposal: state.effective.secretariatProposal,
        verdict: input.verdict,
        recommendation,
        reasons: assessment.result.reasons as unknown as Prisma.InputJsonValue,
        isOverride: input.verdict !== recommendation,
        justification: input.justification,
        decisionNumber: input.decisionNumber,
        decisionDate,
        amendsId: state.effective.id,
        issuedById: actor.userId,
        issuedAt: new Date(),
      },
      select: { id: true },
    });
    const consequence = await applyVerdictConsequences(
      tx,
      auditActor(actor),
      selection.programme.provinceId,
      selection.programme.relapseWatchMonths,
      {
        id: row.id,
        communeId: selection.communeId,
        year: selection.programme.year,
        verdict: input.verdict,
        decisionNumber: input.decisionNumber,
        decisionDate,
        reasons: assessment.result.reasons,
        justification: input.justification,
      },
    );
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.amend",
      entity: "CommuneVerdict",
      entityId: row.id,
      unitId: selection.communeId,
      before: {
        id: state.effective.id,
        verdict: state.effective.verdict,
        decisionNumber: state.effective.decisionNumber,
      },
      after: {
        verdict: input.verdict,
        recommendation,
        decisionNumber: input.decisionNumber,
        justification: input.justification,
        consequence: consequence.message,
      },
    });
    return { id: row.id, verdict: input.verdict, consequence: consequence.message };
  });
}
