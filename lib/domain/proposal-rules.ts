// Rules for the yearly survey and proposal of communes (domain.md §2.1–2.2; seed 001 giai đoạn 3).
import type { DomainMessage, Verdict } from "./types";

export interface LastYearVerdict {
  communeId: string;
  verdict: Verdict | null;
}

/**
 * Communes carried into this year's list automatically: those judged "chưa đạt" last year.
 * seed 001: "Đối với địa bàn chuyển hóa chưa đạt: ... tiếp tục đưa vào chuyển hóa trong năm tiếp theo".
 * Distinct ids, in input order; pending (null) verdicts are not carried over.
 */
export function carryOverCommuneIds(lastYearVerdicts: readonly LastYearVerdict[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const lastYearVerdict of lastYearVerdicts) {
    if (lastYearVerdict.verdict === "NOT_PASSED" && !seen.has(lastYearVerdict.communeId)) {
      seen.add(lastYearVerdict.communeId);
      result.push(lastYearVerdict.communeId);
    }
  }
  return result;
}

export interface ProposalEligibilityInput {
  lastYearVerdict?: Verdict | null;
  /** A relapse ("tái phức tạp") was recorded after the commune passed. */
  relapseRecordedAfterPass: boolean;
  /** Recognised as meeting the new-rural standard (nông thôn mới / nâng cao) last year. */
  newRuralRecognizedLastYear: boolean;
  alreadyProposedOrSelectedThisYear: boolean;
}

export interface ProposalEligibility {
  allowed: boolean;
  errors: DomainMessage[];
  warnings: DomainMessage[];
}

/** Whether a commune may be proposed for this year's list, with blocking errors and warnings. */
export function proposalEligibility(input: ProposalEligibilityInput): ProposalEligibility {
  const errors: DomainMessage[] = [];
  const warnings: DomainMessage[] = [];

  if (input.alreadyProposedOrSelectedThisYear) {
    errors.push({
      code: "DUPLICATE_PROPOSAL",
      message: "Xã đã được đề xuất hoặc đã có trong danh sách chuyển hóa năm nay.",
    });
  }

  // seed 002 mục II.2: "các địa bàn chuyển hóa thành công được đưa ra khỏi diện";
  // only a recorded relapse brings a passed commune back (domain.md §6).
  if (input.lastYearVerdict === "PASSED" && !input.relapseRecordedAfterPass) {
    errors.push({
      code: "PASSED_LAST_YEAR",
      message:
        "Xã đã được công nhận chuyển hóa đạt năm trước và đã đưa ra khỏi danh sách; " +
        "chỉ được đề xuất lại khi có ghi nhận tái phức tạp.",
    });
  }

  // domain.md §2.1 [public]: not selected at the start of the year after new-rural recognition;
  // a warning only, because the committee may still decide otherwise.
  if (input.newRuralRecognizedLastYear) {
    warnings.push({
      code: "NEW_RURAL_LAST_YEAR",
      message:
        "Xã được công nhận đạt chuẩn nông thôn mới năm trước; theo hướng dẫn không lựa chọn " +
        "vào danh sách đầu năm tiếp theo. Cần nêu rõ lý do nếu vẫn đề xuất.",
    });
  }

  // seed 001: failed communes continue automatically; proposing them by hand is redundant.
  if (input.lastYearVerdict === "NOT_PASSED" && !input.alreadyProposedOrSelectedThisYear) {
    warnings.push({
      code: "CARRY_OVER_EXPECTED",
      message:
        "Xã chuyển hóa chưa đạt năm trước được tự động tiếp tục đưa vào danh sách năm nay; " + "không cần đề xuất lại.",
    });
  }

  return { allowed: errors.length === 0, errors, warnings };
}

/** A district given as its id, or with a display name for the message. */
export type DistrictRef = string | { id: string; name?: string };

export interface DistrictProposalWarning extends DomainMessage {
  districtId: string;
}

/**
 * Districts that have proposed no commune this year. domain.md §2.1 [public, Bắc Kạn 2022]:
 * each district proposes at least one commune a year — a warning, not a block.
 */
export function districtsWithoutProposal(
  districts: readonly DistrictRef[],
  proposals: readonly { districtId: string }[],
): DistrictProposalWarning[] {
  const proposing = new Set(proposals.map((p) => p.districtId));
  const warnings: DistrictProposalWarning[] = [];
  const seen = new Set<string>();
  for (const district of districts) {
    const id = typeof district === "string" ? district : district.id;
    if (proposing.has(id) || seen.has(id)) continue;
    seen.add(id);
    const name = typeof district === "string" ? undefined : district.name;
    warnings.push({
      code: "DISTRICT_NO_PROPOSAL",
      districtId: id,
      message: `${name ?? "Đơn vị cấp huyện"} chưa đề xuất địa bàn nào trong năm (mỗi huyện đề xuất ít nhất 01 xã).`,
    });
  }
  return warnings;
}

export type ProposalSource = "DISTRICT" | "PROVINCE" | "CARRY_OVER";

export interface ProposalEditInput {
  source: ProposalSource;
  status: "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "WITHDRAWN";
  /** An issued decision lists the commune (a Selection was made from this proposal). */
  inDecision: boolean;
  /** Level of the unit of the user editing. */
  actorLevel: "NATION" | "PROVINCE" | "DISTRICT" | "COMMUNE";
}

/**
 * Whether a proposal's figures, types and justification may be edited (issue #13 case 10: carry-over and
 * province-added rows ranked with 0/0/0/0 and nowhere to enter them). A district's proposal: while a draft
 * (then it is submitted and decided). A carry-over ("chưa đạt" last year, seed 001) or a row the province
 * added: they are approved on creation, so the province enters their figures until an issued decision lists them.
 */
export function isProposalEditable(proposalEditInput: ProposalEditInput): boolean {
  if (proposalEditInput.source === "DISTRICT") return proposalEditInput.status === "DRAFT";
  return (
    proposalEditInput.actorLevel === "PROVINCE" &&
    proposalEditInput.status === "APPROVED" &&
    !proposalEditInput.inDecision
  );
}
