import { describe, it, expect } from "vitest";
import {
  checkCapForApproval,
  countActiveUnits,
  isUnitActiveOn,
  maxSelectable,
} from "../../../lib/domain/selection-cap";
import { vnDate } from "../../../lib/domain/vn-date";

describe("maxSelectable — seed 002: ≤ 15% of existing commune-level units, floor", () => {
  it("15% × 100 = 15 exactly (no floating 15.000000000000002 issue)", () => {
    expect(maxSelectable(15, 100)).toBe(15);
  });
  it("15% × 7 = 1 (1.05 floored)", () => {
    expect(maxSelectable(15, 7)).toBe(1);
  });
  it("15% × 6 = 0 (0.9 floored: the cap may not be exceeded)", () => {
    expect(maxSelectable(15, 6)).toBe(0);
  });
  it("float-sensitive products: 7% × 100 = 7, 14% × 50 = 7, 15% × 20 = 3", () => {
    expect(maxSelectable(7, 100)).toBe(7);
    expect(maxSelectable(14, 50)).toBe(7);
    expect(maxSelectable(15, 20)).toBe(3);
  });
  it("decimal caps and a post-2025 province size (12.5% × 3321 = 415)", () => {
    expect(maxSelectable(12.5, 3321)).toBe(415);
    expect(maxSelectable(15, 3321)).toBe(498);
  });
  it("0 communes or 0% → 0; 100% → all", () => {
    expect(maxSelectable(15, 0)).toBe(0);
    expect(maxSelectable(0, 100)).toBe(0);
    expect(maxSelectable(100, 37)).toBe(37);
  });
  it("rejects invalid input as a programming error", () => {
    expect(() => maxSelectable(-1, 10)).toThrow(RangeError);
    expect(() => maxSelectable(101, 10)).toThrow(RangeError);
    expect(() => maxSelectable(15, 10.5)).toThrow(RangeError);
    expect(() => maxSelectable(Number.NaN, 10)).toThrow(RangeError);
  });
});

describe("checkCapForApproval — seed 002 cap, carry-overs included (domain.md §2.2)", () => {
  it("reaching the cap exactly is allowed", () => {
    expect(checkCapForApproval({ capPercent: 15, communeCount: 100, alreadySelected: 14, adding: 1 })).toEqual({
      ok: true,
      max: 15,
      count: 15,
      remaining: 1,
    });
  });
  it("one over the cap is refused with a Vietnamese message", () => {
    const r = checkCapForApproval({ capPercent: 15, communeCount: 100, alreadySelected: 15, adding: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("CAP_EXCEEDED");
      expect(r.count).toBe(16);
      expect(r.message).toContain("Vượt giới hạn 15%: tối đa 15 xã");
      expect(r.message).toContain("đã chọn 15 xã");
    }
  });
  it("carry-overs alone may already exceed a shrunken cap: nothing can be added", () => {
    const r = checkCapForApproval({ capPercent: 15, communeCount: 20, alreadySelected: 4, adding: 1 });
    expect(r).toMatchObject({ ok: false, max: 3, count: 5, remaining: 0 });
  });
  it("adding zero communes within the cap is ok", () => {
    expect(checkCapForApproval({ capPercent: 15, communeCount: 100, alreadySelected: 0, adding: 0 }).ok).toBe(true);
  });
  it("formats a decimal cap in vi-VN in the message", () => {
    const r = checkCapForApproval({ capPercent: 12.5, communeCount: 8, alreadySelected: 1, adding: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("12,5%");
  });
  it("rejects negative counts", () => {
    expect(() => checkCapForApproval({ capPercent: 15, communeCount: 100, alreadySelected: -1, adding: 1 })).toThrow(
      RangeError,
    );
  });
});

describe('isUnitActiveOn — "hiện có" units; validFrom inclusive, validTo exclusive (domain.md §8 mergers)', () => {
  const merged = { validFrom: vnDate(2019, 1, 1), validTo: vnDate(2025, 7, 1) };
  const successor = { validFrom: vnDate(2025, 7, 1), validTo: null };

  it("old unit counts up to 30/06/2025 23:59 VN, not on 01/07/2025", () => {
    expect(isUnitActiveOn(merged, new Date("2025-06-30T23:59:59+07:00"))).toBe(true);
    expect(isUnitActiveOn(merged, new Date("2025-07-01T00:00:00+07:00"))).toBe(false);
  });
  it("new unit counts from 01/07/2025 00:00 VN (which is 30/06 17:00 UTC)", () => {
    expect(isUnitActiveOn(successor, new Date("2025-06-30T17:00:00Z"))).toBe(true);
    expect(isUnitActiveOn(successor, new Date("2025-06-30T16:59:59Z"))).toBe(false);
  });
  it("null bounds mean open-ended", () => {
    expect(isUnitActiveOn({ validFrom: null, validTo: null }, vnDate(1990, 1, 1))).toBe(true);
  });
  it("exactly one of predecessor/successor is counted on any day", () => {
    const units = [merged, merged, successor];
    expect(countActiveUnits(units, vnDate(2025, 6, 30))).toBe(2);
    expect(countActiveUnits(units, vnDate(2025, 7, 1))).toBe(1);
    expect(countActiveUnits([], vnDate(2025, 7, 1))).toBe(0);
  });
});
