// Award nominations of the yearly emulation movement (domain.md §7; seed 003 mục III):
// quotas ("03 tập thể - 06 cá nhân"), leaders ≤ 40% of individuals proposed, three files per nominee.
import type { DomainMessage } from "./types";
import { formatPercentVi } from "./format-vi";

export type NomineeKind = "COLLECTIVE" | "INDIVIDUAL";
export type NominationFile = "PROPOSAL_LETTER" | "COUNCIL_MINUTES" | "ACHIEVEMENT_REPORT";

/** seed 003 mục III.4, in the order the seed lists them. */
export const REQUIRED_NOMINATION_FILES: readonly NominationFile[] = [
  "PROPOSAL_LETTER",
  "COUNCIL_MINUTES",
  "ACHIEVEMENT_REPORT",
];

export const NOMINATION_FILE_LABELS: Readonly<Record<NominationFile, string>> = {
  PROPOSAL_LETTER: "Tờ trình kèm tóm tắt thành tích",
  COUNCIL_MINUTES: "Biên bản họp Hội đồng Thi đua - Khen thưởng",
  ACHIEVEMENT_REPORT: "Báo cáo thành tích có xác nhận của cơ quan, đơn vị",
};

/** seed 003: "03 tập thể - 06 cá nhân" (Bình Phước 2024); per-province data. */
export const DEFAULT_AWARD_QUOTAS = { collectives: 3, individuals: 6 } as const;
/** seed 003: leaders "không quá 40 % tổng số cá nhân được đề nghị". */
export const DEFAULT_LEADER_MAX_PERCENT = 40;

export interface Nominee {
  kind: NomineeKind;
  name: string;
  /** Leader or manager from deputy head of division (Phó trưởng phòng) up; only meaningful for individuals. */
  isLeader: boolean;
  files: readonly NominationFile[];
}

export interface NominationInput {
  quotas: { collectives: number; individuals: number };
  leaderMaxPercent?: number;
  nominees: readonly Nominee[];
}

export interface NomineeIssue extends DomainMessage {
  /** Index of the nominee in the input. */
  index: number;
  name: string;
  missingFiles: NominationFile[];
}

export interface NominationValidation {
  ok: boolean;
  errors: DomainMessage[];
  nomineeIssues: NomineeIssue[];
}

export function validateNominations({
  quotas,
  leaderMaxPercent = DEFAULT_LEADER_MAX_PERCENT,
  nominees,
}: NominationInput): NominationValidation {
  const errors: DomainMessage[] = [];
  const collectives = nominees.filter((n) => n.kind === "COLLECTIVE").length;
  const individuals = nominees.filter((n) => n.kind === "INDIVIDUAL");
  const leaders = individuals.filter((n) => n.isLeader).length;

  if (collectives > quotas.collectives) {
    errors.push({
      code: "COLLECTIVE_QUOTA_EXCEEDED",
      message: `Đề nghị ${collectives} tập thể, vượt số lượng khen thưởng ${quotas.collectives} tập thể.`,
    });
  }
  if (individuals.length > quotas.individuals) {
    errors.push({
      code: "INDIVIDUAL_QUOTA_EXCEEDED",
      message: `Đề nghị ${individuals.length} cá nhân, vượt số lượng khen thưởng ${quotas.individuals} cá nhân.`,
    });
  }
  // Integer comparison (leaders × 100 ≤ max% × individuals) avoids float error; exactly 40% is allowed.
  if (individuals.length > 0 && leaders * 100 > leaderMaxPercent * individuals.length) {
    const maxLeaders = Math.floor((leaderMaxPercent * individuals.length) / 100);
    errors.push({
      code: "LEADER_SHARE_EXCEEDED",
      message:
        `Cá nhân là lãnh đạo, quản lý từ Phó trưởng phòng và tương đương trở lên: ${leaders}/${individuals.length} ` +
        `(${formatPercentVi((leaders * 100) / individuals.length)}), vượt mức tối đa ${formatPercentVi(leaderMaxPercent)} ` +
        `tổng số cá nhân được đề nghị (tối đa ${maxLeaders} người).`,
    });
  }

  const nomineeIssues: NomineeIssue[] = [];
  nominees.forEach((nominee, index) => {
    const name = nominee.name.trim();
    if (name === "") {
      errors.push({
        code: "NOMINEE_NAME_REQUIRED",
        message: `Người/tập thể được đề nghị thứ ${index + 1} chưa có tên.`,
      });
    }
    const missingFiles = REQUIRED_NOMINATION_FILES.filter((f) => !nominee.files.includes(f));
    if (missingFiles.length > 0) {
      const who = name ? `“${name}”` : `thứ ${index + 1}`;
      nomineeIssues.push({
        index,
        name: nominee.name,
        missingFiles,
        code: "MISSING_FILES",
        message: `Hồ sơ của ${nominee.kind === "COLLECTIVE" ? "tập thể" : "cá nhân"} ${who} còn thiếu: ${missingFiles.map((f) => NOMINATION_FILE_LABELS[f]).join("; ")}.`,
      });
    }
  });

  return { ok: errors.length === 0 && nomineeIssues.length === 0, errors, nomineeIssues };
}
