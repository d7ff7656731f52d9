// Who may undo a step (domain.md §8, last paragraph: "a decision taken at one level (an acceptance, an
// approval, a verdict) can be undone only by that level or a higher one, with a reason, audited; the lower
// level sees who decided and cannot undo it"). Issue #13 case 4: the district unlocked a report the
// province had accepted.
import type { DomainMessage } from "./types";

export type UnitLevel = "NATION" | "PROVINCE" | "DISTRICT" | "COMMUNE";

/** Lower rank = higher level. In a 2-level province the commune-level committee reviews as the level above the commune police. */
const RANK: Readonly<Record<UnitLevel, number>> = { NATION: 0, PROVINCE: 1, DISTRICT: 2, COMMUNE: 3 };

export const UNIT_LEVEL_LABELS: Readonly<Record<UnitLevel, string>> = {
  NATION: "cấp trung ương",
  PROVINCE: "cấp tỉnh",
  DISTRICT: "cấp huyện",
  COMMUNE: "cấp xã",
};

export type UndoCheck = { ok: true } | ({ ok: false } & DomainMessage);

export interface UndoInput {
  /** Level of the unit whose member took the decision; null when unknown (data from before it was recorded). */
  decidedLevel: UnitLevel | null;
  /** Level of the unit of the person who wants to undo it. */
  actorLevel: UnitLevel;
  /** Who decided, for the message, e.g. "Nguyễn Văn A (Công an tỉnh Trà Vinh)". */
  decidedBy?: string | null;
  /** What was decided, for the message: "tiếp nhận" (default), "phê duyệt", "công nhận", "trả lại". */
  decision?: string;
}

/**
 * Whether `actorLevel` may undo a decision taken at `decidedLevel`: the same level or a higher one.
 * An unknown deciding level is treated as the province's (only the province or above may undo it), so
 * old data never lets a lower level undo a higher level's decision.
 */
export function mayUndoDecision({ decidedLevel, actorLevel, decidedBy, decision = "tiếp nhận" }: UndoInput): UndoCheck {
  const decided = decidedLevel ?? "PROVINCE";
  if (RANK[actorLevel] <= RANK[decided]) return { ok: true };
  const who = decidedBy ? `${decidedBy}, ${UNIT_LEVEL_LABELS[decided]}` : UNIT_LEVEL_LABELS[decided];
  return {
    ok: false,
    code: "DECIDED_BY_HIGHER_LEVEL",
    message: `Đã được ${decision} bởi ${who}; chỉ ${UNIT_LEVEL_LABELS[decided]} hoặc cấp trên mới có thể hủy bước này.`,
  };
}
