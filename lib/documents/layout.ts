/**
 * Layout of an administrative document (thể thức và kỹ thuật trình bày văn bản hành chính),
 * Nghị định 30/2020/NĐ-CP, Phụ lục I. The Word builder (`lib/server/documents/docx`) and the print
 * stylesheet (`printStylesheet` below, used by every printable page) both read these constants, so
 * the rules live here once.
 */
export const DOCUMENT_LAYOUT = {
  /** Phụ lục I §I.2: khổ A4 (210 mm × 297 mm), portrait (landscape allowed for wide tables). */
  page: { widthMm: 210, heightMm: 297 },
  /** Phụ lục I §I.3: lề trên, dưới 20–25 mm; lề trái 30–35 mm; lề phải 15–20 mm. The lower bounds, as in the reports' shell. */
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Distance of the page number from the top edge (inside the top margin). */
  headerMm: 10,
  /** Phụ lục I §I.1: phông Times New Roman (Unicode TCVN 6909:2001). */
  font: "Times New Roman",
  /** Font sizes in points (Phụ lục I, mục II): body, tên cơ quan, Quốc hiệu 12–13, "Nơi nhận:" 12, its list 11. */
  sizePt: {
    body: 14,
    issuer: 13,
    nationalTitle: 13,
    motto: 14,
    title: 14,
    recipientsLabel: 12,
    recipients: 11,
    table: 12,
    pageNumber: 14,
  },
  /** Share of the text width given to the left header column (issuing body); the rest holds Quốc hiệu and Tiêu ngữ. */
  headerLeftShare: 0.4,
  /** Short rules, as shares of their column (Phụ lục I mục II): under the issuer 1/3 to 1/2 of its line; under the
   * motto as long as the motto (≈ 62 mm of the 99 mm right column at 14 pt); under the summary 1/3 to 1/2 of it. */
  ruleShare: { issuer: 0.4, motto: 0.62, summary: 0.25 },
} as const;

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** Millimetres → twentieths of a point (the unit of Word's page settings): 1 mm = 1440 / 25.4 twips. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Millimetres → PostScript points (the unit of a PDF page): 1 mm = 72 / 25.4 pt. */
export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}

/** The text width of a portrait page in millimetres (page width minus the left and right margins). */
export function textWidthMm(orientation: "portrait" | "landscape" = "portrait"): number {
  const { page, marginMm } = DOCUMENT_LAYOUT;
  return (orientation === "portrait" ? page.widthMm : page.heightMm) - marginMm.left - marginMm.right;
}

/**
 * The print stylesheet of every printable document (A4, the margins above, Times New Roman, page
 * numbers at the top centre from the second page through the CSS paged-media margin boxes, which
 * Chromium supports since version 131; the header row of a long table repeated on every page).
 * Returns CSS text; the `.admin-document` class marks the document on the page.
 */
export function printStylesheet(): string {
  const { marginMm, font, sizePt } = DOCUMENT_LAYOUT;
  return [
    `@page { size: A4 portrait; margin: ${marginMm.top}mm ${marginMm.right}mm ${marginMm.bottom}mm ${marginMm.left}mm;`,
    ` @top-center { content: counter(page); font-family: "${font}", serif; font-size: ${sizePt.pageNumber}pt; } }`,
    "@page :first { @top-center { content: none; } }",
    "@media print {",
    " main { max-width: none !important; padding: 0 !important; margin: 0 !important; }",
    ` .admin-document { font-family: "${font}", serif; font-size: ${sizePt.body}pt; max-width: none; padding: 0; }`,
    " .admin-document table { page-break-inside: auto; }",
    " .admin-document thead { display: table-header-group; }",
    " .admin-document tr { page-break-inside: avoid; }",
    "}",
  ].join("\n");
}
