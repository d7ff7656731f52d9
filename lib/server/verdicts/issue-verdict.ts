import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActor, requireSelectionInScope, parseInput } from "@/lib/server/reviews/selection-access";
import { assessVerdict } from "./compute-verdict-recommendation";
import { applyVerdictConsequences } from "./consequences";
import { lockSelection, loadVerdicts, verdictState } from "./verdict-state";
import { actorLevelNames, withLevel } from "@/lib/server/units/level-names";
import { AmendVerdictSchema, type AmendVerdictInput } from "@/lib/contracts/verdicts/amend-verdict";
import { IssueVerdictSchema, type IssueVerdictInput } from "@/lib/contracts/verdicts/issue-verdict";

/** The selection behind a verdict id, through the actor's subtree (another tenant's verdict is "not found"). */
export async function requireVerdictInScope(actor: Actor, verdictId: string) {
  if (!isUuid(verdictId)) throw notFound();
  const row = await db.communeVerdict.findUnique({ where: { id: verdictId }, select: { selectionId: true } });
  if (!row) throw notFound();
  return requireSelectionInScope(actor, row.selectionId);
}

/** The verdict's selection (in scope, else not found) and the decision date of an issue or an amendment. */
async function decisionTarget(actor: Actor, input: { verdictId: string; decisionDate: string }) {
  const selection = await requireVerdictInScope(actor, input.verdictId);
  const decisionDate = parseDay(input.decisionDate);
  if (!decisionDate) throw validation(vi.errors.validation, { decisionDate: ["Ngày không hợp lệ."] });
  return { selection, decisionDate };
}

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
    if (current.stage !== "SECRETARIAT_PROPOSED") throw validation(t(vi.reviews.stageOrder, { stage: withLevel(vi.reviews.stage[current.stage], names) }));
    if (current.version !== input.version) throw conflict(vi.errors.conflict, { stage: current.stage, version: current.version });
    const assessment = await assessVerdict(tx, selection);
    const recommendation = assessment.result.recommendation;
    const isOverride = input.verdict !== recommendation;
    const justification = input.justification?.trim() || null;
    if (isOverride && !justification) throw validation(vi.reviews.justificationRequired, { justification: [vi.reviews.justificationRequired] });
    const { count } = await tx.communeVerdict.updateMany({
      where: { id: current.id, version: input.version, stage: "SECRETARIAT_PROPOSED" },
      data: {
        stage: "ISSUED", verdict: input.verdict, recommendation, reasons: assessment.result.reasons as unknown as Prisma.InputJsonValue,
        isOverride, justification, decisionNumber: input.decisionNumber, decisionDate, issuedById: actor.userId, issuedAt: new Date(), version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    const consequence = await applyVerdictConsequences(tx, auditActor(actor), selection.programme.provinceId, selection.programme.relapseWatchMonths, {
      id: current.id, communeId: selection.communeId, year: selection.programme.year, verdict: input.verdict,
      decisionNumber: input.decisionNumber, decisionDate, reasons: assessment.result.reasons, justification,
    });
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.issue", entity: "CommuneVerdict", entityId: current.id, unitId: selection.communeId,
      before: { stage: current.stage, districtProposal: current.districtProposal, secretariatProposal: current.secretariatProposal },
      after: { verdict: input.verdict, recommendation, isOverride, justification, decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, consequence: consequence.message },
    });
    return { id: current.id, verdict: input.verdict, recommendation, isOverride, consequence: consequence.message };
  });
}

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
    if (!state.effective || state.effective.id !== input.verdictId) throw conflict(vi.errors.conflict, { effective: state.effective?.id ?? null });
    const assessment = await assessVerdict(tx, selection);
    const recommendation = assessment.result.recommendation;
    const row = await tx.communeVerdict.create({
      data: {
        selectionId: selection.id, communeId: selection.communeId, year: selection.programme.year, stage: "ISSUED",
        districtProposal: state.effective.districtProposal, secretariatProposal: state.effective.secretariatProposal,
        verdict: input.verdict, recommendation, reasons: assessment.result.reasons as unknown as Prisma.InputJsonValue,
        isOverride: input.verdict !== recommendation, justification: input.justification, decisionNumber: input.decisionNumber, decisionDate,
        amendsId: state.effective.id, issuedById: actor.userId, issuedAt: new Date(),
      },
      select: { id: true },
    });
    const consequence = await applyVerdictConsequences(tx, auditActor(actor), selection.programme.provinceId, selection.programme.relapseWatchMonths, {
      id: row.id, communeId: selection.communeId, year: selection.programme.year, verdict: input.verdict,
      decisionNumber: input.decisionNumber, decisionDate, reasons: assessment.result.reasons, justification: input.justification,
    });
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.amend", entity: "CommuneVerdict", entityId: row.id, unitId: selection.communeId,
      before: { id: state.effective.id, verdict: state.effective.verdict, decisionNumber: state.effective.decisionNumber },
      after: { verdict: input.verdict, recommendation, decisionNumber: input.decisionNumber, justification: input.justification, consequence: consequence.message },
    });
    return { id: row.id, verdict: input.verdict, consequence: consequence.message };
  });
}
