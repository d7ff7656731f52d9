import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { RecommendationReason } from "@/lib/domain/pass-rule";
import { requireSelectionInScope } from "@/lib/server/reviews/selection-access";
import { assessVerdict } from "./compute-verdict-recommendation";
import { listAttachments } from "./list-attachments";
import { loadVerdicts, verdictState } from "./verdict-state";
import { appNow } from "@/lib/clock";
import { watchOf } from "./verdict-watch";
import { carriedTo } from "@/lib/server/units/carried-to";

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
    state.effective
      ? db.relapseRecord.findFirst({
          where: { verdictId: state.effective.id },
          select: { id: true, date: true, reason: true },
        })
      : Promise.resolve(null),
    db.proposal.findFirst({
      where: {
        communeId: selection.communeId,
        programme: { provinceId: selection.programme.provinceId, year: selection.programme.year + 1 },
      },
      select: { id: true, source: true, status: true, carryOverReasons: true },
    }),
    carriedTo(db, [selection.communeId], today),
  ]);
  const watch = watchOf(state.effective, selection.programme.relapseWatchMonths, today);
  return {
    selection,
    review,
    assessment,
    ...state,
    minutes,
    relapse,
    nextProposal,
    storedReasons: (state.effective?.reasons ?? state.pending?.reasons ?? []) as unknown as RecommendationReason[],
    watch: watch && { ...watch, heldBy: heldBy.get(selection.communeId) ?? [] },
  };
}
