import { describe, it, expect } from "vitest";
import { validateNominations, type Nominee, type NominationFile } from "../../../lib/domain/awards";

const ALL: NominationFile[] = ["PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"];
const ind = (name: string, isLeader = false, files = ALL): Nominee => ({ kind: "INDIVIDUAL", name, isLeader, files });
const col = (name: string, files = ALL): Nominee => ({ kind: "COLLECTIVE", name, isLeader: false, files });
const quotas = { collectives: 3, individuals: 6 };

describe("validateNominations — seed 003: 03 tập thể, 06 cá nhân; leaders ≤ 40%; three files", () => {
  it("within quotas with complete files → ok", () => {
    const r = validateNominations({
      quotas,
      nominees: [col("Công an xã A"), ind("Nguyễn Văn A"), ind("Lê Văn C"), ind("Trần Thị B", true)],
    });
    expect(r).toEqual({ ok: true, errors: [], nomineeIssues: [] });
  });
  it("exactly at quotas is fine; one over each is an error", () => {
    const atQuota = [col("T1"), col("T2"), col("T3"), ...["1", "2", "3", "4", "5", "6"].map((n) => ind(n))];
    expect(validateNominations({ quotas, nominees: atQuota }).ok).toBe(true);
    const r = validateNominations({ quotas, nominees: [...atQuota, col("T4"), ind("7")] });
    expect(r.errors.map((e) => e.code)).toEqual(["COLLECTIVE_QUOTA_EXCEEDED", "INDIVIDUAL_QUOTA_EXCEEDED"]);
    expect(r.errors[0]?.message).toBe("Đề nghị 4 tập thể, vượt số lượng khen thưởng 3 tập thể.");
  });
  it("leaders exactly 40% (2 of 5) allowed; 3 of 6 (50%) refused", () => {
    const five = [ind("1", true), ind("2", true), ind("3"), ind("4"), ind("5")];
    expect(validateNominations({ quotas, nominees: five }).ok).toBe(true);
    const six = [ind("1", true), ind("2", true), ind("3", true), ind("4"), ind("5"), ind("6")];
    const r = validateNominations({ quotas, nominees: six });
    expect(r.errors.map((e) => e.code)).toEqual(["LEADER_SHARE_EXCEEDED"]);
    expect(r.errors[0]?.message).toContain("3/6 (50%)");
    expect(r.errors[0]?.message).toContain("tối đa 2 người");
  });
  it("a single individual who is a leader is 100% → refused; collectives never count as leaders", () => {
    expect(validateNominations({ quotas, nominees: [ind("1", true)] }).errors[0]?.code).toBe("LEADER_SHARE_EXCEEDED");
    expect(validateNominations({ quotas, nominees: [{ ...col("T1"), isLeader: true }] }).ok).toBe(true);
  });
  it("missing files are listed per nominee in Vietnamese", () => {
    const r = validateNominations({ quotas, nominees: [ind("Lê Văn C", false, ["PROPOSAL_LETTER"])] });
    expect(r.ok).toBe(false);
    expect(r.nomineeIssues).toHaveLength(1);
    expect(r.nomineeIssues[0]?.missingFiles).toEqual(["COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"]);
    expect(r.nomineeIssues[0]?.message).toBe(
      "Hồ sơ của cá nhân “Lê Văn C” còn thiếu: Biên bản họp Hội đồng Thi đua - Khen thưởng; Báo cáo thành tích có xác nhận của cơ quan, đơn vị.",
    );
  });
  it("empty list → ok; blank name → error", () => {
    expect(validateNominations({ quotas, nominees: [] }).ok).toBe(true);
    expect(validateNominations({ quotas, nominees: [col("  ")] }).errors[0]?.code).toBe("NOMINEE_NAME_REQUIRED");
  });
  it("the leader cap is configurable", () => {
    const two = [ind("1", true), ind("2")];
    expect(validateNominations({ quotas, leaderMaxPercent: 50, nominees: two }).ok).toBe(true);
    expect(validateNominations({ quotas, leaderMaxPercent: 40, nominees: two }).ok).toBe(false);
  });
});
