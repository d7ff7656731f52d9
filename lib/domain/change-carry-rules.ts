// What an administrative change does with the records still open (issue #12 §1–2; domain.md §8 "a merged commune
// keeps a link to the communes it came from"): proposals still waiting for a decision, and what refuses a move of a
// commune to another province. Pure: the server loads the rows, applies the answer in the change's transaction.
import type { DomainMessage } from "./types";

/** A proposal not yet decided (DRAFT or SUBMITTED) of a commune that ceases. */
export interface WaitingProposal {
  id: string;
  programmeId: string;
  communeId: string;
}

/** What happens to a waiting proposal: it passes to the successor, or it is withdrawn with the reason shown. */
export type ProposalFate =
  | { proposalId: string; action: "KEEP" }
  | { proposalId: string; action: "MOVE"; toCommuneId: string }
  | {
      proposalId: string;
      action: "WITHDRAW";
      reason: "NO_SUCCESSOR" | "SUCCESSOR_HAS_ONE";
      toCommuneId: string | null;
    };

/**
 * The fate of each waiting proposal of the ceasing communes (issue #12 §2, like a selection: the successor continues
 * its predecessors' business, one row per commune and programme). A proposal moves to `successorOf.get(commune)`
 * unless that commune already has a proposal in the programme (`taken`: "programmeId:communeId", any status, the
 * database holds one per pair) or an earlier proposal of the list moved there: then it is withdrawn
 * (SUCCESSOR_HAS_ONE). A commune without successor (dissolved) has its proposals withdrawn (NO_SUCCESSOR).
 * Input order decides which of two predecessors' proposals moves (the caller sorts by commune code).
 */
export function carryProposals(
  waiting: readonly WaitingProposal[],
  successorOf: ReadonlyMap<string, string>,
  taken: ReadonlySet<string>,
): ProposalFate[] {
  const held = new Set(taken);
  return waiting.map((proposal): ProposalFate => {
    const to = successorOf.get(proposal.communeId) ?? null;
    if (!to) return { proposalId: proposal.id, action: "WITHDRAW", reason: "NO_SUCCESSOR", toCommuneId: null };
    if (to === proposal.communeId) return { proposalId: proposal.id, action: "KEEP" };
    const key = `${proposal.programmeId}:${to}`;
    if (held.has(key))
      return { proposalId: proposal.id, action: "WITHDRAW", reason: "SUCCESSOR_HAS_ONE", toCommuneId: to };
    held.add(key);
    return { proposalId: proposal.id, action: "MOVE", toCommuneId: to };
  });
}

/** The province-scoped records of a commune that a move to another province would have to cross. */
export interface CrossProvinceHoldings {
  /** Selections (SELECTED) of the old province's programmes of the move's year or later. */
  openSelections: number;
  /** Proposals not yet decided in the old province's programmes of the move's year or later. */
  waitingProposals: number;
  /** Monthly reports of the commune not yet accepted (the old province reviews them; the new one could not). */
  openReports: number;
}

/**
 * Refusal of a move of a commune to another province (issue #12 §1 "move a unit to another parent", ADMIN only;
 * domain.md §8), null when it may go. A programme, its selection cap, its indicator catalogue and its reviewers are
 * the province's (domain.md §2): a commune selected or proposed in an open programme year of its province cannot
 * take that selection to a province whose decision did not list it, nor leave it behind without a commune. So the
 * move waits until the programme year is closed (or the selection is removed / the proposal decided) and every
 * monthly report is accepted. Accepted figures are the commune's own and go with it (the totals are carried).
 */
export function crossProvinceMoveRefusal(crossProvinceHoldings: CrossProvinceHoldings): DomainMessage | null {
  const held = [
    crossProvinceHoldings.openSelections > 0
      ? `${crossProvinceHoldings.openSelections} địa bàn chuyển hóa của chương trình đang mở`
      : null,
    crossProvinceHoldings.waitingProposals > 0
      ? `${crossProvinceHoldings.waitingProposals} đề xuất chưa quyết định`
      : null,
    crossProvinceHoldings.openReports > 0 ? `${crossProvinceHoldings.openReports} báo cáo tháng chưa tiếp nhận` : null,
  ].filter((x): x is string => x !== null);
  if (held.length === 0) return null;
  return {
    code: "CROSS_PROVINCE_HELD",
    message:
      `Không chuyển được sang tỉnh khác: xã còn ${held.join(", ")} của tỉnh hiện tại. ` +
      "Hoàn tất hoặc xử lý chúng trước (kết thúc năm chương trình, tiếp nhận báo cáo).",
  };
}
