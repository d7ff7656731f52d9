// Yearly selection cap (seed 002, mục II.2; domain.md §2.2):
// "tổng số địa bàn cấp xã ... để thực hiện chuyển hóa hàng năm không vượt quá 15% tổng số
//  đơn vị hành chính cấp xã hiện có trên địa bàn tỉnh".
import type { DomainMessage } from "./types";
import { formatPercentVi } from "./format-vi";
import { vnCalendarDaysBetween } from "./vn-date";

/** seed 002: 15%. Kept as a default only; the province configures its own cap. */
export const DEFAULT_CAP_PERCENT = 15;

/** Validity of an administrative unit (communes merge or split; domain.md §8). */
export interface UnitValidity {
  /** First day the unit exists (inclusive). null = existed since before records began. */
  validFrom: Date | null;
  /** First day the unit NO LONGER exists (exclusive). null = still exists. */
  validTo: Date | null;
}

/**
 * Whether the unit exists on the Vietnam calendar day containing `date`.
 * Decision: validFrom inclusive, validTo EXCLUSIVE — a merger "có hiệu lực từ 01/7/2025" ends the old
 * units with validTo = 01/07/2025 and starts the new one with validFrom = 01/07/2025, so exactly one
 * of them is counted on any day.
 */
export function isUnitActiveOn(unit: UnitValidity, date: Date): boolean {
  if (unit.validFrom && vnCalendarDaysBetween(unit.validFrom, date) < 0) return false;
  if (unit.validTo && vnCalendarDaysBetween(unit.validTo, date) >= 0) return false;
  return true;
}

/** Number of units existing on `date` ("hiện có" in seed 002). */
export function countActiveUnits(units: readonly UnitValidity[], date: Date): number {
  return units.filter((u) => isUnitActiveOn(u, date)).length;
}

// Percent scaled to an integer so that floor(cap% × count) is computed in exact integer arithmetic
// (0.15 × 100 in floating point is 15.000000000000002; 0.07 × 100 is 7.000000000000001).
const PERCENT_SCALE = 1_000_000;

/**
 * Largest number of communes that may be under transformation: floor(capPercent% × communeCount).
 * "Không vượt quá" means the cap may be reached but not exceeded, hence floor.
 * @throws RangeError for a cap outside 0..100 or a non-integer / negative count (programming errors).
 */
export function maxSelectable(capPercent: number, communeCount: number): number {
  if (!Number.isFinite(capPercent) || capPercent < 0 || capPercent > 100) {
    throw new RangeError(`capPercent must be within 0..100, got ${capPercent}`);
  }
  if (!Number.isInteger(communeCount) || communeCount < 0) {
    throw new RangeError(`communeCount must be a non-negative integer, got ${communeCount}`);
  }
  const scaledCap = Math.round(capPercent * PERCENT_SCALE);
  // Both operands are integers well below 2^53, so the product is exact; the division of two
  // integers whose true quotient is an integer is exact in IEEE 754, so floor cannot slip.
  return Math.floor((scaledCap * communeCount) / (100 * PERCENT_SCALE));
}

export interface CapCheckInput {
  capPercent: number;
  /** Commune-level units existing in the province (see countActiveUnits). */
  communeCount: number;
  /** Communes already on this year's list, carry-overs included (domain.md §2.2). */
  alreadySelected: number;
  /** Communes about to be added by this approval. */
  adding: number;
}

export type CapCheckResult =
  | { ok: true; max: number; count: number; remaining: number }
  | ({ ok: false; max: number; count: number; remaining: number } & DomainMessage);

/** Checks an approval against the cap; `count` is the list size after the approval. */
export function checkCapForApproval(input: CapCheckInput): CapCheckResult {
  const { capPercent, communeCount, alreadySelected, adding } = input;
  for (const [name, v] of [
    ["alreadySelected", alreadySelected],
    ["adding", adding],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  const max = maxSelectable(capPercent, communeCount);
  const count = alreadySelected + adding;
  const remaining = Math.max(0, max - alreadySelected);
  if (count <= max) return { ok: true, max, count, remaining };
  return {
    ok: false,
    max,
    count,
    remaining,
    code: "CAP_EXCEEDED",
    message:
      `Vượt giới hạn ${formatPercentVi(capPercent, 2)}: tối đa ${max} xã ` +
      `(trên ${communeCount} đơn vị hành chính cấp xã hiện có), đã chọn ${alreadySelected} xã, ` +
      `không thể thêm ${adding} xã.`,
  };
}
