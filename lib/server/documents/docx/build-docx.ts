import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from "docx";
import { DOCUMENT_LAYOUT, MOTTO, NATIONAL_TITLE, mmToTwip, textWidthMm } from "@/lib/documents/layout";
import { dateLine, type DocBlock, type DocRun, type OfficialDocument } from "@/lib/documents/official-document";

const docLayout = DOCUMENT_LAYOUT;
/** docx sizes are half-points. */
const half = (pt: number) => pt * 2;
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 };
const TEXT_TWIPS = mmToTwip(textWidthMm());

type RunStyle = { bold?: boolean; italic?: boolean; size?: number };
const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text, bold: s.bold, italics: s.italic, size: s.size ? half(s.size) : undefined });

function line(
  text: string,
  style: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {},
) {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    spacing: { after: style.after ?? 0 },
    children: [run(text, style)],
  });
}

/** A short centred rule: an empty paragraph with a bottom border, indented so it spans `share` of the column. */
function rule(columnTwips: number, share: number) {
  const indent = Math.round((columnTwips * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    border: { top: LINE },
    spacing: { before: 40, after: 120 },
    children: [],
  });
}

/** Two columns without borders (the header, and Nơi nhận / signature at the foot). */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number) {
  const lw = Math.round(TEXT_TWIPS * leftShare);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      borders: NO_BORDERS,
      verticalAlign: VerticalAlign.TOP,
    });
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: [lw, TEXT_TWIPS - lw],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, lw), cell(right, TEXT_TWIPS - lw)] })],
  });
}

function header(doc: OfficialDocument) {
  const lw = Math.round(TEXT_TWIPS * docLayout.headerLeftShare);
  const last = doc.issuer.length - 1;
  const left = [
    ...doc.issuer.map((t, i) => line(t.toUpperCase(), { bold: i === last, size: docLayout.sizePt.issuer })),
    rule(lw, docLayout.ruleShare.issuer),
    line(`Số: ${doc.number}`, { size: docLayout.sizePt.issuer }),
  ];
  const right = [
    line(NATIONAL_TITLE, { bold: true, size: docLayout.sizePt.nationalTitle }),
    line(MOTTO, { bold: true, size: docLayout.sizePt.motto }),
    rule(TEXT_TWIPS - lw, docLayout.ruleShare.motto),
    line(dateLine(doc.place, doc.date), { italic: true, size: docLayout.sizePt.body }),
  ];
  return twoColumns(left, right, docLayout.headerLeftShare);
}

const runsOf = (runs: DocRun[], base: RunStyle) =>
  runs.map((r) => run(r.text, { ...base, bold: r.bold ?? base.bold, italic: r.italic ?? base.italic }));

function tableOf(extract: Extract<DocBlock, { type: "table" }>) {
  const numeric = new Set(extract.numeric ?? []);
  const cellBorders = { top: LINE, bottom: LINE, left: LINE, right: LINE };
  const cell = (text: string, k: number, head: boolean) =>
    new TableCell({
      borders: cellBorders,
      verticalAlign: head ? VerticalAlign.CENTER : VerticalAlign.TOP,
      children: [
        line(text, {
          bold: head,
          size: docLayout.sizePt.table,
          align: head ? AlignmentType.CENTER : numeric.has(k) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    rows: [
      // Repeated at the top of every page the table runs onto (w:tblHeader).
      new TableRow({ tableHeader: true, cantSplit: true, children: extract.head.map((h, k) => cell(h, k, true)) }),
      ...extract.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, k) => cell(c, k, false)) })),
    ],
  });
}

function blocks(body: DocBlock[]): (Paragraph | Table)[] {
  return body.flatMap((block): (Paragraph | Table)[] => {
    switch (block.type) {
      case "paragraph":
        return [
          new Paragraph({
            alignment: block.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
            spacing: { before: 60, after: 60 },
            indent: block.align === "center" ? undefined : { firstLine: mmToTwip(10) },
            children: runsOf(block.runs, { bold: block.bold, italic: block.italic }),
          }),
        ];
      case "heading":
        return [new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(block.text, { bold: true })] })];
      case "bullets":
        return block.items.map(
          (t) =>
            new Paragraph({ indent: { firstLine: mmToTwip(10) }, spacing: { after: 40 }, children: [run(`- ${t}`)] }),
        );
      case "table":
        return [tableOf(block), new Paragraph({ children: [] })];
    }
  });
}

function foot(doc: OfficialDocument) {
  const left = doc.recipients.length
    ? [
        new Paragraph({
          children: [run("Nơi nhận:", { bold: true, italic: true, size: docLayout.sizePt.recipientsLabel })],
        }),
        ...doc.recipients.map(
          (r) => new Paragraph({ children: [run(`- ${r}`, { size: docLayout.sizePt.recipients })] }),
        ),
      ]
    : [new Paragraph({ children: [] })];
  const signer = doc.signer;
  const right = [
    ...(signer.authority ? [line(signer.authority.toUpperCase(), { bold: true })] : []),
    line(signer.title.toUpperCase(), { bold: true, after: 1400 }),
    line(signer.name, { bold: true }),
  ];
  return twoColumns(left, right, 0.5);
}

/**
 * Renders an administrative document as a Word file (.docx) in the layout of NĐ 30/2020/NĐ-CP, Phụ lục I:
 * A4 portrait, the margins of `DOCUMENT_LAYOUT`, Times New Roman, the two-column header without borders,
 * the title and summary in bold, the body, then "Nơi nhận" (11 pt) bottom left and the signature bottom right;
 * page numbers at the top centre from page 2 (a different, empty first-page header). Returns the file's bytes.
 */
export async function buildDocx(doc: OfficialDocument): Promise<Buffer> {
  const marginMm = docLayout.marginMm;
  const file = new Document({
    creator: "BCĐ 138",
    title: `${doc.title} ${doc.summary ?? ""}`.trim(),
    styles: { default: { document: { run: { font: docLayout.font, size: half(docLayout.sizePt.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mmToTwip(docLayout.page.widthMm),
              height: mmToTwip(docLayout.page.heightMm),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwip(marginMm.top),
              bottom: mmToTwip(marginMm.bottom),
              left: mmToTwip(marginMm.left),
              right: mmToTwip(marginMm.right),
              header: mmToTwip(docLayout.headerMm),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: half(docLayout.sizePt.pageNumber) })],
              }),
            ],
          }),
        },
        children: [
          header(doc),
          line(doc.title.toUpperCase(), { bold: true, size: docLayout.sizePt.title }),
          ...(doc.summary ? [line(doc.summary, { bold: true, size: docLayout.sizePt.title })] : []),
          rule(TEXT_TWIPS, docLayout.ruleShare.summary),
          ...blocks(doc.body),
          foot(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
