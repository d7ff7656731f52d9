import { describe, expect, it } from "vitest";
import { foldForSearch, stripVietnameseMarks } from "@/lib/domain/vn-fold";

// Issue #11 §4: matching ignores diacritics, đ/Đ, case and Unicode form.
describe("foldForSearch", () => {
  it("folds marks, đ/Đ and case: 'dong hoa' finds 'Đông Hòa'", () => {
    expect(foldForSearch("Xã Đông Hòa")).toBe("xa dong hoa");
    expect(foldForSearch("ĐẶC KHU  Côn   Đảo ")).toBe("dac khu con dao");
  });
  it("gives the same key for NFD and NFC ('Lập' typed decomposed)", () => {
    const nfd = "La\u0323\u0302p";
    expect(nfd).not.toBe("Lập");
    expect(foldForSearch(nfd)).toBe(foldForSearch("Lập"));
    expect(foldForSearch(nfd)).toBe("lap");
  });
  it("covers the whole Vietnamese alphabet with every tone", () => {
    const letters = "aăâeêioôơuưy";
    const tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
    for (const l of letters)
      for (const t of tones) {
        const base = stripVietnameseMarks(l);
        expect(foldForSearch((l + t).normalize("NFC").toUpperCase())).toBe(base);
      }
  });
});
