import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { assessVerdict } from "./compute-verdict-recommendation";
import { applyVerdictConsequences } from "./consequences";
import { lockSelection, loadVerdicts, verdictState } from "./verdict-state";
import { actorLevelNames, withLevel } from "@/lib/server/units/level-names";
import { IssueVerdictSchema, type IssueVerdictInput } from "@/lib/contracts/verdicts/issue-verdict";
import { decisionTarget } from "./verdict-in-scope";

/**
 * The approver's decision, recorded by the secretariat (permission "verdict.issue"): verdict, decision number and
 * date. The recommendation is recomputed at this moment; a verdict that differs from it is an override and needs
 * a written justification. Issued verdicts are frozen; the consequences are applied in the same transaction.
 */
export async function issueVerdict(actor: Actor, raw: IssueVerdictInput) {
  assertCan(actor, "verdict.issue");
  const input = parseInput(IssueVerdictSchema, raw);
  const { selection, decisionDate } = await decisionTarget(actor, input);
  const names = await actorLevelNames(actor);
  return db.$transaction(async (tx) => {
    await lockSelection(tx, selection.id);
    const state = verdictState(await loadVerdicts(tx, [selection.id]));
    const current = [...(state.pending ? [state.pending] : []), ...state.history].find((r) => r.id === input.verdictId);
    if (!current) throw notFound();
    if (current.stage === "ISSUED") throw validation(vi.reviews.frozen);
    if (current.stage !== "SECRETARIAT_PROPOSED")
      throw validation(t(vi.reviews.stageOrder, { stage: withLevel(vi.reviews.stage[current.stage], names) }));
    if (current.version !== input.version)
      throw conflict(vi.errors.conflict, { stage: current.stage, version: current.version });
    const assessment = await assessVerdict(tx, selection);
    const recommendation = assessment.result.recommendation;
    const isOverride = input.verdict !== recommendation;
    const justification = input.justification?.trim() || null;
    if (isOverride && !justification)
      throw validation(vi.reviews.justificationRequired, { justification: [vi.reviews.justificationRequired] });
    const { count } = await tx.communeVerdict.updateMany({
      where: { id: current.id, version: input.version, stage: "SECRETARIAT_PROPOSED" },
      data: {
        stage: "ISSUED",
        verdict: input.verdict,
        recommendation,
        reasons: assessment.result.reasons as unknown as Prisma.InputJsonValue,
        isOverride,
        justification,
        decisionNumber: input.decisionNumber,
        decisionDate,
        issuedById: actor.userId,
        issuedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    const consequence = await applyVerdictConsequences(
      tx,
      auditActor(actor),
      selection.programme.provinceId,
      selection.programme.relapseWatchMonths,
      {
        id: current.id,
        communeId: selection.communeId,
        year: selection.programme.year,
        verdict: input.verdict,
        decisionNumber: input.decisionNumber,
        decisionDate,
        reasons: assessment.result.reasons,
        justification,
      },
    );
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.issue",
      entity: "CommuneVerdict",
      entityId: current.id,
      unitId: selection.communeId,
      before: {
        stage: current.stage,
        districtProposal: current.districtProposal,
        secretariatProposal: current.secretariatProposal,
      },
      after: {
        verdict: input.verdict,
        recommendation,
        isOverride,
        justification,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        consequence: consequence.message,
      },
    });
    return { id: current.id, verdict: input.verdict, recommendation, isOverride, consequence: consequence.message };
  });
}
