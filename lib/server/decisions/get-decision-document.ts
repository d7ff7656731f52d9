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
  const d = await db.selectionDecision.findFirst({
    where: { id: decisionId, programme: programmeScope(actor) },
    select: {
      id: true, kind: true, number: true, date: true, signatoryTitle: true, signatoryName: true, note: true,
      programme: { select: { id: true, year: true, planNumber: true, planDate: true, provinceId: true, province: { select: { name: true, committeeName: true } } } },
      selections: {
        select: { id: true, proposalId: true, hotspotTypes: true, status: true, commune: { select: { name: true, code: true, parent: { select: { name: true, level: true } } } } },
        orderBy: { commune: { code: "asc" } },
      },
    },
  });
  if (!d) throw notFound();
  // The list as decided (issue #12 §3): a selection that passed to a successor shows the commune the decision named,
  // with its name and types of that day, "(nay là …)" today's.
  const proposals = await db.proposal.findMany({
    where: { id: { in: d.selections.map((x) => x.proposalId).filter((x): x is string => !!x) } },
    select: { id: true, hotspotTypes: true, commune: { select: { id: true, code: true, parent: { select: { name: true, level: true } } } } },
  });
  const decided = new Map(proposals.map((p) => [p.id, p]));
  const day = fromDbDay(d.date);
  const names = await namesAsOf(d.selections.map((x) => decided.get(x.proposalId ?? "")?.commune.id).filter((x): x is string => !!x), () => day, appNow());
  return {
    ...d,
    /** Names of the levels below the province on the decision's date (no district column in a 2-level province). */
    levels: await levelNamesOf(d.programme.provinceId, day),
    communes: d.selections.map((x) => {
      const p = x.proposalId ? decided.get(x.proposalId) : undefined;
      const c = p?.commune ?? x.commune;
      const moved = p !== undefined && p.commune.code !== x.commune.code;
      return {
        name: (p && names.get(p.commune.id)) ?? x.commune.name, code: c.code, district: c.parent?.level === "DISTRICT" ? c.parent.name : "",
        hotspotTypes: moved ? p.hotspotTypes : x.hotspotTypes, status: x.status,
      };
    }),
  };
}
