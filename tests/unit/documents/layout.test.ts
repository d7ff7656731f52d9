import { describe, expect, it } from "vitest";
import { DOCUMENT_LAYOUT, mmToPt, mmToTwip, printStylesheet } from "@/lib/documents/layout";
import { dateLine, withOverrides, type OfficialDocument } from "@/lib/documents/official-document";

// NĐ 30/2020/NĐ-CP, Phụ lục I: A4; lề trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm; Times New Roman 13–14.
describe("document layout constants", () => {
  it("are inside the ranges of Phụ lục I", () => {
    const m = DOCUMENT_LAYOUT.marginMm;
    expect([m.top, m.bottom].every((v) => v >= 20 && v <= 25)).toBe(true);
    expect(m.left >= 30 && m.left <= 35 && m.right >= 15 && m.right <= 20).toBe(true);
    expect(DOCUMENT_LAYOUT.sizePt.body).toBeGreaterThanOrEqual(13);
    expect(DOCUMENT_LAYOUT.sizePt.body).toBeLessThanOrEqual(14);
    expect(DOCUMENT_LAYOUT.sizePt.recipients).toBe(11);
  });
  it("convert to Word twips and PDF points (A4 = 11906 × 16838 twips, 595,3 × 841,9 pt)", () => {
    expect([mmToTwip(210), mmToTwip(297), mmToTwip(20), mmToTwip(30), mmToTwip(15)]).toEqual([
      11906, 16838, 1134, 1701, 850,
    ]);
    expect(mmToPt(210)).toBeCloseTo(595.28, 2);
    expect(mmToPt(297)).toBeCloseTo(841.89, 2);
  });
  it("print on A4 with the margins, page numbers from page 2 and the table header repeated", () => {
    const css = printStylesheet();
    expect(css).toContain("size: A4 portrait; margin: 20mm 15mm 20mm 30mm;");
    expect(css).toMatch(/@top-center \{ content: counter\(page\)/);
    expect(css).toContain("@page :first { @top-center { content: none; } }");
    expect(css).toContain("thead { display: table-header-group; }");
  });
});

describe("per-document overrides", () => {
  const doc: OfficialDocument = {
    issuer: ["UBND TỈNH A", "BAN CHỈ ĐẠO 138"],
    number: "01/QĐ-BCĐ",
    place: "A",
    date: { day: 5, month: 3, year: 2026 },
    title: "QUYẾT ĐỊNH",
    body: [],
    recipients: ["Lưu: VT."],
    signer: { authority: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "Nguyễn Văn A" },
    fileTitle: "x",
  };
  it("replace only what is given, and keep the rest", () => {
    expect(withOverrides(doc, {})).toEqual(doc);
    expect(withOverrides(doc, { number: "", recipients: [] })).toEqual(doc);
    const o = withOverrides(doc, { number: "02/QĐ-BCĐ", signerName: "Trần B", recipients: ["Như Điều 3;"] });
    expect([o.number, o.signer, o.recipients, o.place]).toEqual([
      "02/QĐ-BCĐ",
      { authority: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "Trần B" },
      ["Như Điều 3;"],
      "A",
    ]);
  });
  it("write the date line with the place (mục II.4)", () => {
    expect(dateLine("Long Giang", { day: 5, month: 3, year: 2026 })).toBe("Long Giang, ngày 05 tháng 3 năm 2026");
  });
});
