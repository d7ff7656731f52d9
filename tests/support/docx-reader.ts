import JSZip from "jszip";

// Reads a generated .docx the way a test needs it: unzips it and pulls plain facts out of the WordprocessingML
// (page settings, default font, paragraph texts with their run formatting, table rows, headers). No docx
// library on the reading side, so the test does not trust the writer's own model.

const attr = (xml: string, name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(xml)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export type DocxParagraph = { text: string; bold: boolean; italic: boolean; sizes: number[]; xml: string };

function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map(([p]) => {
    const runs = [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r [^>]*>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? m[2] ?? "");
    const texts = runs.filter((r) => /<w:t[ >]/.test(r));
    return {
      text: unescape(texts.map((r) => [...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")).join("")),
      bold: texts.length > 0 && texts.every((r) => /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(r)),
      italic: texts.length > 0 && texts.every((r) => /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(r)),
      sizes: texts.map((r) => Number(/<w:sz w:val="(\d+)"/.exec(r)?.[1] ?? 0) / 2),
      xml: p,
    };
  });
}

/** Outermost tables of a part: rows of cell texts, and whether each row is a repeated header row (w:tblHeader). */
function tables(xml: string) {
  const out: { rows: string[][]; headerRows: boolean[]; bordered: boolean }[] = [];
  for (const [t] of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
    const rows = [...t.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([r]) => r);
    out.push({
      rows: rows.map((r) =>
        [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) =>
          paragraphs(c)
            .map((p) => p.text)
            .join("\n"),
        ),
      ),
      headerRows: rows.map((r) => /<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/.test(r)),
      bordered: [...t.matchAll(/<w:tcBorders>[\s\S]*?<\/w:tcBorders>/g)].some(([b]) => b.includes('w:val="single"')),
    });
  }
  return out;
}

/** Opens a .docx: the body's paragraphs and tables, the section's page size and margins (twips), fonts, headers. */
export async function readDocx(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const document = await part("word/document.xml");
  const styles = await part("word/styles.xml");
  const rels = await part("word/_rels/document.xml.rels");
  const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(document)?.[0] ?? "";
  const pgSz = /<w:pgSz[^>]*>/.exec(sectPr)?.[0] ?? "";
  const pgMar = /<w:pgMar[^>]*>/.exec(sectPr)?.[0] ?? "";
  const headerOf = async (type: string) => {
    const rid = new RegExp(
      `<w:headerReference[^>]*w:type="${type}"[^>]*r:id="([^"]+)"|<w:headerReference[^>]*r:id="([^"]+)"[^>]*w:type="${type}"`,
    ).exec(sectPr);
    const id = rid?.[1] ?? rid?.[2];
    const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels) : null;
    return target ? part(`word/${target[1] ?? target[2]}`) : "";
  };
  const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
  return {
    xml: document,
    paragraphs: paragraphs(document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "")),
    allParagraphs: paragraphs(document),
    tables: tables(document),
    page: {
      width: Number(attr(pgSz, "w")),
      height: Number(attr(pgSz, "h")),
      orient: attr(pgSz, "orient") ?? "portrait",
    },
    margin: {
      top: Number(attr(pgMar, "top")),
      bottom: Number(attr(pgMar, "bottom")),
      left: Number(attr(pgMar, "left")),
      right: Number(attr(pgMar, "right")),
    },
    titlePage: /<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/.test(sectPr),
    font: attr(/<w:rFonts[^>]*>/.exec(docDefaults)?.[0] ?? "", "ascii"),
    fontSizePt: Number(attr(/<w:sz [^>]*>/.exec(docDefaults)?.[0] ?? "", "val")) / 2,
    defaultHeader: await headerOf("default"),
    firstHeader: await headerOf("first"),
  };
}
export type ReadDocx = Awaited<ReturnType<typeof readDocx>>;
