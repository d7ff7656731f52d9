// Shared vocabulary of the domain rules (domain.md §3, §4, §6).
// Enums are string-literal unions so they serialise as-is to the database and UI.

/** A user-facing rule message: `code` is stable for the program, `message` is Vietnamese for people. */
export interface DomainMessage {
  code: string;
  message: string;
}

/** domain.md §3 / seed 002 mục II.3: the four criteria groups used to select communes. */
export type CriteriaGroup = "CRIMINAL" | "DRUGS" | "ECONOMY_ENVIRONMENT" | "OTHER";

export const CRITERIA_GROUP_LABELS: Readonly<Record<CriteriaGroup, string>> = {
  CRIMINAL: "Nhóm tiêu chí về hình sự",
  DRUGS: "Nhóm tiêu chí về ma túy",
  ECONOMY_ENVIRONMENT: "Nhóm tiêu chí kinh tế, môi trường",
  OTHER: "Các tiêu chí khác",
};

/** domain.md §4: hotspot types Loại 1..4; a commune can have several at once. */
export type HotspotType = "TYPE_1" | "TYPE_2" | "TYPE_3" | "TYPE_4";

export const HOTSPOT_TYPES: readonly HotspotType[] = ["TYPE_1", "TYPE_2", "TYPE_3", "TYPE_4"];

export const HOTSPOT_TYPE_LABELS: Readonly<Record<HotspotType, string>> = {
  TYPE_1: "Loại 1",
  TYPE_2: "Loại 2",
  TYPE_3: "Loại 3",
  TYPE_4: "Loại 4",
};

export const HOTSPOT_TYPE_DESCRIPTIONS: Readonly<Record<HotspotType, string>> = {
  TYPE_1: "Địa bàn trọng điểm, phức tạp về tội phạm và tệ nạn xã hội",
  TYPE_2: "Địa bàn trọng điểm, phức tạp về tội phạm và vi phạm pháp luật về trật tự quản lý kinh tế",
  TYPE_3: "Địa bàn trọng điểm, phức tạp về môi trường, tài nguyên, an toàn thực phẩm",
  // seed 001 footnote 1: "Địa bàn trọng điểm, phức tạp về tội phạm và tệ nạn ma túy"
  TYPE_4: "Địa bàn trọng điểm, phức tạp về tội phạm và tệ nạn ma túy",
};

/** domain.md §2.6: "chuyển hóa đạt" / "chưa đạt". */
export type Verdict = "PASSED" | "NOT_PASSED";

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  PASSED: "Chuyển hóa đạt",
  NOT_PASSED: "Chưa đạt",
};

/** A calendar month; month is 1..12. */
export interface YearMonth {
  year: number;
  month: number;
}
