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
import { carriedTo } from "@/lib/server/units/carried-to";

function watchOf(v: VerdictRow | null, months: number, today: Date) {
  if (!v || v.verdict !== "PASSED" || !v.decisionDate) return null;
  const start = fromDbDay(v.decisionDate);
  const end = watchEndDate(start, months);
  // A decision dated later than today is watched from its date: shown as under watch (not "ended").
  return { end, active: isUnderWatch({ verdictDate: start, months, today }) || today < start };
}

/**
 * The verdict list of a year: every selected commune of the actor's subtree with stage, recommendation, verdict and
 * watch; a watched commune that has since ceased names the communes that carry its watch now (`watch.heldBy`, shown
 * "Xã C … (kế thừa từ Xã A)"; issue #12 §2).
 */
export async function listVerdicts(actor: Actor, year: number, today = appNow()) {
  assertCan(actor, "kpi.view");
  const selections = await db.selection.findMany({
    where: { status: "SELECTED", programme: { year }, commune: unitScope(actor) },
    select: selectionSelect,
    orderBy: { commune: { code: "asc" } },
  });
  const verdicts = await loadVerdicts(db, selections.map((s) => s.id));
  const [relapses, heldBy] = await Promise.all([
    db.relapseRecord.findMany({ where: { verdictId: { in: verdicts.map((v) => v.id) } }, select: { verdictId: true, date: true, reason: true } }),
    carriedTo(db, selections.map((s) => s.communeId), today),
  ]);
  return selections.map((s) => {
    const state = verdictState(verdicts.filter((v) => v.selectionId === s.id));
    const relapse = state.effective ? (relapses.find((r) => r.verdictId === state.effective!.id) ?? null) : null;
    const watch = watchOf(state.effective, s.programme.relapseWatchMonths, today);
    return { selection: s, ...state, watch: watch && { ...watch, heldBy: heldBy.get(s.communeId) ?? [] }, relapse };
  });
}

/**
 * Everything the verdict page of one commune shows: live assessment, proposals, history, minutes, watch (with the
 * communes that carry it when the commune has ceased), relapse.
 */
export async function getVerdictPage(actor: Actor, selectionId: string, today = appNow()) {
  assertCan(actor, "kpi.view");
  const selection = await requireSelectionInScope(actor, selectionId);
  const [rows, review, assessment] = await Promise.all([
    loadVerdicts(db, [selection.id]),
    db.communeReview.findUnique({ where: { selectionId_kind: { selectionId: selection.id, kind: "YEAR_END" } } }),
    assessVerdict(db, selection),
  ]);
  const state = verdictState(rows);
  const [minutes, relapse, nextProposal, heldBy] = await Promise.all([
    review ? listAttachments("CommuneReview", [review.id]) : Promise.resolve([]),
    state.effective ? db.relapseRecord.findFirst({ where: { verdictId: state.effective.id }, select: { id: true, date: true, reason: true } }) : Promise.resolve(null),
    db.proposal.findFirst({
      where: { communeId: selection.communeId, programme: { provinceId: selection.programme.provinceId, year: selection.programme.year + 1 } },
      select: { id: true, source: true, status: true, carryOverReasons: true },
    }),
    carriedTo(db, [selection.communeId], today),
  ]);
  const watch = watchOf(state.effective, selection.programme.relapseWatchMonths, today);
  return {
    selection, review, assessment, ...state, minutes, relapse, nextProposal,
    storedReasons: (state.effective?.reasons ?? state.pending?.reasons ?? []) as unknown as RecommendationReason[],
    watch: watch && { ...watch, heldBy: heldBy.get(selection.communeId) ?? [] },
  };
}
