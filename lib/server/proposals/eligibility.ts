import "server-only";
import type { db, Tx } from "@/lib/db";
import { proposalEligibility, type ProposalEligibility } from "@/lib/domain/proposal-rules";
import { latestIssuedVerdicts } from "./carry-over";
import { unitsCarriedBy } from "@/lib/server/units/successors";
import { appNow } from "@/lib/clock";

/** Inputs of the proposal rules (lib/domain/proposal-rules.ts) for one commune and programme year, read from the database. */
export async function communeEligibility(
  client: Tx | typeof db,
  args: {
    programmeId: string;
    year: number;
    commune: { id: string; newRuralYear: number | null };
    ignoreProposalId?: string;
    today?: Date;
  },
): Promise<ProposalEligibility> {
  const { programmeId, year, commune } = args;
  // A relapse watch passes to the successor (issue #12 §2): the verdicts of the communes this one carries count too.
  const carried = await unitsCarriedBy(client, commune.id, args.today ?? appNow());
  const [verdicts, proposal, selection] = await Promise.all([
    latestIssuedVerdicts(client, carried, year - 1),
    client.proposal.findFirst({
      where: {
        programmeId,
        communeId: commune.id,
        status: { not: "WITHDRAWN" },
        ...(args.ignoreProposalId ? { id: { not: args.ignoreProposalId } } : {}),
      },
      select: { id: true },
    }),
    client.selection.findFirst({
      where: { programmeId, communeId: commune.id, status: "SELECTED" },
      select: { id: true },
    }),
  ]);
  // Its own verdict first; else a predecessor's pass (watched), else any predecessor's verdict.
  const others = carried
    .filter((id) => id !== commune.id)
    .map((id) => verdicts.get(id))
    .filter((v) => v !== undefined);
  const last = verdicts.get(commune.id) ?? others.find((v) => v.verdict === "PASSED") ?? others[0];
  let relapse = false;
  if (last?.verdict === "PASSED") {
    const after = last.decisionDate ?? last.issuedAt ?? new Date(0);
    relapse =
      (await client.relapseRecord.count({
        where: { communeId: { in: carried }, OR: [{ verdictId: last.id }, { date: { gte: after } }] },
      })) > 0;
  }
  return proposalEligibility({
    lastYearVerdict: last?.verdict ?? null,
    relapseRecordedAfterPass: relapse,
    newRuralRecognizedLastYear: commune.newRuralYear === year - 1,
    alreadyProposedOrSelectedThisYear: Boolean(proposal || selection),
  });
}
