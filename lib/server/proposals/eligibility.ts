import "server-only";
import { db, type Tx } from "@/lib/db";
import { proposalEligibility, type ProposalEligibility } from "@/lib/domain/proposal-rules";
import { latestIssuedVerdicts } from "./carry-over";

/** Inputs of the proposal rules (lib/domain/proposal-rules.ts) for one commune and programme year, read from the database. */
export async function communeEligibility(
  client: Tx | typeof db,
  args: { programmeId: string; year: number; commune: { id: string; newRuralYear: number | null }; ignoreProposalId?: string },
): Promise<ProposalEligibility> {
  const { programmeId, year, commune } = args;
  const [verdicts, proposal, selection] = await Promise.all([
    latestIssuedVerdicts(client, [commune.id], year - 1),
    client.proposal.findFirst({ where: { programmeId, communeId: commune.id, status: { not: "WITHDRAWN" }, ...(args.ignoreProposalId ? { id: { not: args.ignoreProposalId } } : {}) }, select: { id: true } }),
    client.selection.findFirst({ where: { programmeId, communeId: commune.id, status: "SELECTED" }, select: { id: true } }),
  ]);
  const last = verdicts.get(commune.id);
  let relapse = false;
  if (last?.verdict === "PASSED") {
    const after = last.decisionDate ?? last.issuedAt ?? new Date(0);
    relapse = (await client.relapseRecord.count({ where: { communeId: commune.id, OR: [{ verdictId: last.id }, { date: { gte: after } }] } })) > 0;
  }
  return proposalEligibility({
    lastYearVerdict: last?.verdict ?? null,
    relapseRecordedAfterPass: relapse,
    newRuralRecognizedLastYear: commune.newRuralYear === year - 1,
    alreadyProposedOrSelectedThisYear: Boolean(proposal || selection),
  });
}
