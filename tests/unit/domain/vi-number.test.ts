// Issue #13 case 1; domain.md §9 ("numbers 1.234,5 (vi-VN)"): the dot groups thousands in threes,
// the comma is the decimal mark, anything ambiguous is refused rather than guessed.
import { describe, expect, it } from "vitest";
import { checkViNumber, parseViCount, parseViNumber } from "@/lib/domain/vi-number";

const L = "Số vụ phạm pháp hình sự";
const count = (raw: string) => parseViCount(raw, L);
const ratio = (raw: string) => parseViNumber(raw, { label: "Tỷ lệ", decimals: true, max: 100 });
const value = (r: ReturnType<typeof count>) => (r.ok ? r.value : "refused");

describe("parseViCount (counts: whole numbers ≥ 0)", () => {
  it.each([
    ["0", 0],
    ["7", 7],
    ["007", 7],
    ["25", 25],
    ["1.234", 1234],
    ["12.345", 12345],
    ["1.234.567", 1234567],
    [" 15 ", 15],
    ["\t3\n", 3],
    ["", null],
    ["   ", null],
    ["1.000.000.000", 1_000_000_000],
  ])("“%s” → %s", (raw, expected) => expect(value(count(raw))).toBe(expected));

  it.each([
    // the values of the issue and their neighbours: a dot that does not group three digits is ambiguous
    "2.5",
    "1.5",
    "12.5",
    "0.5",
    "1.23",
    "1.2345",
    "12.34",
    "1234.567",
    "1.234.56",
    "0.500",
    ".5",
    "5.",
    "1..234",
    // fractions with the decimal comma
    "1,5",
    "2,0",
    "1.234,5",
    "0,25",
    // signs, exponents, inner spaces, words, malformed commas
    "-3",
    "+3",
    "1e3",
    "1 234",
    "abc",
    "5,",
    ",5",
    "1,2,3",
    "1,234.5",
    "Infinity",
  ])("“%s” is refused with “phải là số nguyên không âm” naming the field", (raw) => {
    const r = count(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain("phải là số nguyên không âm");
      expect(r.message).toContain(`“${L}”`);
    }
  });

  it('explains why "2.5" is ambiguous', () => {
    const r = count("2.5");
    expect(!r.ok && r.message).toContain("dấu chấm chỉ dùng để phân cách hàng nghìn");
  });

  it("refuses a value above the maximum", () => {
    expect(count("1.000.000.001").ok).toBe(false);
    expect(parseViCount("101", L, 100).ok).toBe(false);
  });
});

describe("parseViNumber with decimals (ratios, percentages, targets)", () => {
  it.each([
    ["1,5", 1.5],
    ["0,25", 0.25],
    ["80", 80],
    ["99,99", 99.99],
    ["100", 100],
    [" 15,5 ", 15.5],
    ["", null],
  ])("“%s” → %s", (raw, expected) => expect(value(ratio(raw))).toBe(expected));

  it('"1.234,5" = 1234.5 where decimals are allowed', () => {
    expect(value(parseViNumber("1.234,5", { label: "Mục tiêu" }))).toBe(1234.5);
    expect(value(parseViNumber("12.345,67", { label: "Mục tiêu" }))).toBe(12345.67);
  });

  it.each(["2.5", "1.5", "12.5", "1,2,3", "1,234.5", ".5", "5,", "-1", "abc", "1.5,5"])(
    "“%s” is refused, naming the field",
    (raw) => {
      const r = ratio(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain("“Tỷ lệ”");
    },
  );

  it("refuses values outside the bounds", () => {
    expect(ratio("100,5").ok).toBe(false);
    expect(parseViNumber("0", { label: "Giới hạn", min: 0.01, max: 100 }).ok).toBe(false);
  });
});

describe("checkViNumber (numbers that arrive typed: JSON, Excel number cells)", () => {
  it("refuses 12.5 for a count instead of rounding it", () => {
    const r = checkViNumber(12.5, { label: L, decimals: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`“${L}” phải là số nguyên không âm (“12,5” có phần lẻ).`);
  });
  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [0.1]])("refuses %s for a count", (n) => {
    expect(checkViNumber(n, { label: L, decimals: false }).ok).toBe(false);
  });
  it("accepts whole numbers for a count and fractions for a ratio", () => {
    expect(value(checkViNumber(12, { label: L, decimals: false }))).toBe(12);
    expect(value(checkViNumber(0, { label: L, decimals: false }))).toBe(0);
    expect(value(checkViNumber(12.5, { label: "Tỷ lệ" }))).toBe(12.5);
  });
});

// Issue #14 §4: a control character is refused, never trimmed away ("0\v" is not 0); paste artifacts are trimmed.
describe("parseViNumber and control characters", () => {
  it("refuses a vertical tab or NUL next to the digits", () => {
    expect(parseViNumber("0\u000b", { label: "Số tiền", decimals: false }).ok).toBe(false);
    expect(parseViNumber("\u00005", { label: "Số tiền", decimals: false }).ok).toBe(false);
  });
  it("trims spaces, tabs, line breaks and no-break spaces around the number", () => {
    expect(parseViNumber(" \t1.234\u00a0\n", { label: "Số tiền", decimals: false })).toMatchObject({
      ok: true,
      value: 1234,
    });
  });
});
