import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { RecommendationReason } from "@/lib/domain/pass-rule";
import { isUnderWatch, watchEndDate } from "@/lib/domain/relapse-watch";
import { fromDbDay } from "@/lib/domain/vn-date";
import { requireSelectionInScope, selectionSelect } from "@/lib/server/reviews/selection-access";
import { assessVerdict } from "./compute-verdict-recommendation";
import { listAttachments } from "./year-end-review";
import { loadVerdicts, verdictState, type VerdictRow } from "./verdict-state";
import { appNow } from "@/lib/clock";

function watchOf(verdict: VerdictRow | null, months: number, today: Date) {
  if (!verdict || verdict.verdict !== "PASSED" || !verdict.decisionDate) return null;
  const start = fromDbDay(verdict.decisionDate);
  const end = watchEndDate(start, months);
  // A decision dated later than today is watched from its date: shown as under watch (not "ended").
  return { end, active: isUnderWatch({ verdictDate: start, months, today }) || today < start };
}

/** The verdict list of a year: every selected commune of the actor's subtree with stage, recommendation, verdict and watch. */
export async function listVerdicts(actor: Actor, year: number, today = appNow()) {
  assertCan(actor, "kpi.view");
  const selections = await db.selection.findMany({
    where: { status: "SELECTED", programme: { year }, commune: unitScope(actor) },
    select: selectionSelect,
    orderBy: { commune: { code: "asc" } },
  });
  const verdicts = await loadVerdicts(db, selections.map((s) => s.id));
  const relapses = await db.relapseRecord.findMany({ where: { verdictId: { in: verdicts.map((v) => v.id) } }, select: { verdictId: true, date: true, reason: true } });
  return selections.map((selection) => {
    const state = verdictState(verdicts.filter((v) => v.selectionId === selection.id));
    const relapse = state.effective ? (relapses.find((r) => r.verdictId === state.effective!.id) ?? null) : null;
    return { selection: selection, ...state, watch: watchOf(state.effective, selection.programme.relapseWatchMonths, today), relapse };
  });
}

/** Everything the verdict page of one commune shows: live assessment, proposals, history, minutes, watch, relapse. */
export async function getVerdictPage(actor: Actor, selectionId: string, today = appNow()) {
  assertCan(actor, "kpi.view");
  const selection = await requireSelectionInScope(actor, selectionId);
  const [rows, review, assessment] = await Promise.all([
    loadVerdicts(db, [selection.id]),
    db.communeReview.findUnique({ where: { selectionId_kind: { selectionId: selection.id, kind: "YEAR_END" } } }),
    assessVerdict(db, selection),
  ]);
  const state = verdictState(rows);
  const [minutes, relapse, nextProposal] = await Promise.all([
    review ? listAttachments("CommuneReview", [review.id]) : Promise.resolve([]),
    state.effective ? db.relapseRecord.findFirst({ where: { verdictId: state.effective.id }, select: { id: true, date: true, reason: true } }) : Promise.resolve(null),
    db.proposal.findFirst({
      where: { communeId: selection.communeId, programme: { provinceId: selection.programme.provinceId, year: selection.programme.year + 1 } },
      select: { id: true, source: true, status: true, carryOverReasons: true },
    }),
  ]);
  return {
    selection, review, assessment, ...state, minutes, relapse, nextProposal,
    storedReasons: (state.effective?.reasons ?? state.pending?.reasons ?? []) as unknown as RecommendationReason[],
    watch: watchOf(state.effective, selection.programme.relapseWatchMonths, today),
  };
}
