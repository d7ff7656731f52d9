import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { selectionSelect } from "@/lib/server/reviews/selection-access";
import { loadVerdicts, verdictState } from "./verdict-state";
import { appNow } from "@/lib/clock";
import { watchOf } from "./verdict-watch";
import { carriedTo } from "@/lib/server/units/carried-to";

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
  const verdicts = await loadVerdicts(
    db,
    selections.map((s) => s.id),
  );
  const [relapses, heldBy] = await Promise.all([
    db.relapseRecord.findMany({
      where: { verdictId: { in: verdicts.map((v) => v.id) } },
      select: { verdictId: true, date: true, reason: true },
    }),
    carriedTo(
      db,
      selections.map((s) => s.communeId),
      today,
    ),
  ]);
  return selections.map((selection) => {
    const state = verdictState(verdicts.filter((v) => v.selectionId === selection.id));
    const relapse = state.effective ? (relapses.find((r) => r.verdictId === state.effective!.id) ?? null) : null;
    const watch = watchOf(state.effective, selection.programme.relapseWatchMonths, today);
    return {
      selection: selection,
      ...state,
      watch: watch && { ...watch, heldBy: heldBy.get(selection.communeId) ?? [] },
      relapse,
    };
  });
}
