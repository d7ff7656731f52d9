import "server-only";
import { db } from "@/lib/db";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { fromDbDay } from "@/lib/domain/vn-date";
import { programmeScope } from "@/lib/server/programme/programme-access";
import { levelNamesOf } from "@/lib/server/units/level-names";
import { namesAsOf } from "@/lib/server/units/names-of-that-time";
import { appNow } from "@/lib/clock";

/** A decision of the actor's province with its list of communes, for the printable page and the Excel file. */
export async function getDecisionDocument(actor: Actor, decisionId: string) {
  assertCan(actor, "programme.view");
  if (!isUuid(decisionId)) throw notFound();
  const selectionDecision = await db.selectionDecision.findFirst({
    where: { id: decisionId, programme: programmeScope(actor) },
    select: {
      id: true,
      kind: true,
      number: true,
      date: true,
      signatoryTitle: true,
      signatoryName: true,
      note: true,
      programme: {
        select: {
          id: true,
          year: true,
          planNumber: true,
          planDate: true,
          provinceId: true,
          province: { select: { name: true, committeeName: true } },
        },
      },
      selections: {
        select: {
          id: true,
          proposalId: true,
          hotspotTypes: true,
          status: true,
          commune: { select: { name: true, code: true, parent: { select: { name: true, level: true } } } },
        },
        orderBy: { commune: { code: "asc" } },
      },
    },
  });
  if (!selectionDecision) throw notFound();
  // The list as decided (issue #12 §3): a selection that passed to a successor shows the commune the decision named,
  // with its name and types of that day, "(nay là …)" today's.
  const proposals = await db.proposal.findMany({
    where: { id: { in: selectionDecision.selections.map((x) => x.proposalId).filter((x): x is string => !!x) } },
    select: {
      id: true,
      hotspotTypes: true,
      commune: { select: { id: true, code: true, parent: { select: { name: true, level: true } } } },
    },
  });
  const decided = new Map(proposals.map((p) => [p.id, p]));
  const day = fromDbDay(selectionDecision.date);
  const names = await namesAsOf(
    selectionDecision.selections
      .map((x) => decided.get(x.proposalId ?? "")?.commune.id)
      .filter((x): x is string => !!x),
    () => day,
    appNow(),
  );
  return {
    ...selectionDecision,
    /** Names of the levels below the province on the decision's date (no district column in a 2-level province). */
    levels: await levelNamesOf(selectionDecision.programme.provinceId, day),
    communes: selectionDecision.selections.map((selection) => {
      const proposal = selection.proposalId ? decided.get(selection.proposalId) : undefined;
      const commune = proposal?.commune ?? selection.commune;
      const moved = proposal !== undefined && proposal.commune.code !== selection.commune.code;
      return {
        name: (proposal && names.get(proposal.commune.id)) ?? selection.commune.name,
        code: commune.code,
        district: commune.parent?.level === "DISTRICT" ? commune.parent.name : "",
        hotspotTypes: moved ? proposal.hotspotTypes : selection.hotspotTypes,
        status: selection.status,
      };
    }),
  };
}
