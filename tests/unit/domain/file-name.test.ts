import { describe, expect, it } from "vitest";
import { asciiFileName } from "@/lib/domain/file-name";

// Issue #13 case 10: "Quyet-dinh-12-Q--BC--2027.xlsx" dropped Đ; a download name keeps every letter.
describe("asciiFileName", () => {
  it("transliterates Đ and diacritics instead of dropping them", () => {
    expect(asciiFileName("Quyết định 12/QĐ-BCĐ 2027", ".xlsx")).toBe("Quyet-dinh-12-QD-BCD-2027.xlsx");
  });
  it("reads decomposed (NFD) input the same as precomposed", () => {
    expect(asciiFileName("Lập".normalize("NFD"))).toBe("Lap");
  });
  it("collapses separators and trims them", () => {
    expect(asciiFileName("  Kế hoạch // số 45/KH-BCĐ  ", ".docx")).toBe("Ke-hoach-so-45-KH-BCD.docx");
  });
  it("never returns an empty name", () => {
    expect(asciiFileName("///", ".xlsx")).toBe("tep.xlsx");
  });
});
