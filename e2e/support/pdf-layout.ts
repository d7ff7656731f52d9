import { createRequire } from "node:module";

// Measures a PDF printed by Chromium: each page's size and where its text lies (PDF points, origin bottom left),
// read with pdf.js. Used to check the A4 page and the margins of NĐ 30/2020 on the printed documents.

export type PdfPage = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  texts: { str: string; x: number; y: number }[];
};

/** The pages of a PDF: size, the extent of their text, and each text item's position. */
export async function measurePdf(pdf: Buffer): Promise<PdfPage[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const require = createRequire(import.meta.url);
  const fonts = require.resolve("pdfjs-dist/package.json").replace(/package\.json$/, "standard_fonts/");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: fonts, isEvalSupported: false })
    .promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const items = (await page.getTextContent()).items.flatMap((i) => ("str" in i && i.str.trim() ? [i] : []));
    const boxes = items.map((i) => ({
      str: i.str,
      x: i.transform[4] as number,
      y: i.transform[5] as number,
      w: i.width,
      h: i.height,
    }));
    pages.push({
      width: x1 - x0,
      height: y1 - y0,
      left: Math.min(...boxes.map((b) => b.x)),
      right: Math.max(...boxes.map((b) => b.x + b.w)),
      top: Math.max(...boxes.map((b) => b.y + b.h)),
      bottom: Math.min(...boxes.map((b) => b.y)),
      texts: boxes.map(({ str, x, y }) => ({ str, x, y })),
    });
  }
  return pages;
}
