import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { programmeKpis, type CommuneYearRef, type ProgrammeOutcome } from "@/lib/domain/programme-kpis";
import { loadVerdicts, verdictState } from "./verdict-state";

/**
 * Programme KPIs (lib/domain/programme-kpis.ts; seed 002 mục I.1): pass rate (≥ 60% of selected communes) and
 * no-relapse rate (≥ 85% of passed communes), for `year` and cumulatively up to it, over the communes of the
 * actor's subtree, with the communes behind each number. The effective verdict of a selection is the last of
 * its amendment chain; a relapse counts when recorded against any verdict of the selection.
 */
export async function getProgrammeKpis(actor: Actor, year: number) {
  assertCan(actor, "kpi.view");
  const selections = await db.selection.findMany({
    where: { status: "SELECTED", programme: { year: { lte: year } }, commune: unitScope(actor) },
    select: {
      id: true,
      communeId: true,
      programme: { select: { year: true } },
      commune: { select: { name: true, code: true } },
    },
  });
  const verdicts = await loadVerdicts(
    db,
    selections.map((s) => s.id),
  );
  const relapsed = new Set(
    (
      await db.relapseRecord.findMany({
        where: { verdictId: { in: verdicts.map((v) => v.id) } },
        select: { verdictId: true },
      })
    ).map((r) => r.verdictId),
  );
  const outcomes: ProgrammeOutcome[] = selections.map((selection) => {
    const own = verdicts.filter((v) => v.selectionId === selection.id);
    const { effective } = verdictState(own);
    return {
      communeId: selection.communeId,
      year: selection.programme.year,
      verdict: effective?.verdict ?? null,
      relapsed: own.some((v) => relapsed.has(v.id)),
    };
  });
  const names = new Map(selections.map((s) => [s.communeId, s.commune.name]));
  const named = (refs: CommuneYearRef[]) => refs.map((r) => ({ ...r, name: names.get(r.communeId) ?? r.communeId }));
  const kpis = programmeKpis(outcomes, year);
  const expand = (x: typeof kpis.year.passRate) => ({
    ...x,
    numerator: named(x.numerator),
    denominator: named(x.denominator),
    pending: named(x.pending),
  });
  return {
    year: { passRate: expand(kpis.year.passRate), noRelapse: expand(kpis.year.noRelapse) },
    cumulative: { passRate: expand(kpis.cumulative.passRate), noRelapse: expand(kpis.cumulative.noRelapse) },
  };
}
