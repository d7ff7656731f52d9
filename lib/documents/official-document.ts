/**
 * One administrative document as data: the printable page (`components/documents/official-document-view.tsx`)
 * and the Word file (`lib/server/documents/docx/build-docx.ts`) both render this, so they show the same text.
 * Texts are final (numbers already in vi-VN format); the renderers only lay them out (NĐ 30/2020, Phụ lục I).
 */
import { officialDateText } from "@/lib/domain/official-date";

/** A run of text inside a paragraph. */
export type DocRun = { text: string; bold?: boolean; italic?: boolean };

export type DocBlock =
  | { type: "paragraph"; runs: DocRun[]; align?: "center" | "justify"; bold?: boolean; italic?: boolean }
  | { type: "heading"; text: string }
  | { type: "bullets"; items: string[] }
  /** A table; `numeric` lists the columns aligned right (numbers). `testId` marks it on the page. */
  | { type: "table"; caption: string; head: string[]; rows: string[][]; numeric?: number[]; testId?: string };

/** The signature block: quyền hạn (TM., KT., …) if any, chức vụ, then the signer's full name. */
export type DocSigner = { authority?: string; title: string; name: string };

/** Day, month, year of the document (Vietnam calendar day). */
export type DocDate = { day: number; month: number; year: number };

export type OfficialDocument = {
  /** Tên cơ quan chủ quản (first lines) then the issuing body (last line, bold). */
  issuer: string[];
  /** Số, ký hiệu without "Số: " (e.g. "09/QĐ-BCĐ", or "   /BC-BCĐ" when the number is given at signing). */
  number: string;
  place: string;
  date: DocDate;
  /** Tên loại văn bản, in capitals ("QUYẾT ĐỊNH"), and the trích yếu. */
  title: string;
  summary?: string;
  body: DocBlock[];
  recipients: string[];
  signer: DocSigner;
  /** Words for the download's file name (number and title), transliterated by `asciiFileName`. */
  fileTitle: string;
};

/** "<place>, ngày … tháng … năm …", the date line under the motto (NĐ 30/2020, Phụ lục I, mục II.4). */
export function dateLine(place: string, date: DocDate): string {
  return `${place}, ${officialDateText(date)}`;
}

/** Shorthand for a paragraph of one plain run. */
export function para(
  text: string,
  options: Omit<Extract<DocBlock, { type: "paragraph" }>, "type" | "runs"> = {},
): DocBlock {
  return { type: "paragraph", runs: [{ text }], ...options };
}

/** Changes made to one document before downloading it; an absent or empty field keeps the document's own value. */
export type DocumentOverrides = {
  number?: string;
  place?: string;
  signerAuthority?: string;
  signerTitle?: string;
  signerName?: string;
  recipients?: string[];
};

/** The document with the given overrides applied (a new object; `doc` is not changed). */
export function withOverrides(doc: OfficialDocument, documentOverrides: DocumentOverrides): OfficialDocument {
  const pick = (v: string | undefined, d: string) => (v ? v : d);
  return {
    ...doc,
    number: pick(documentOverrides.number, doc.number),
    place: pick(documentOverrides.place, doc.place),
    signer: {
      authority: pick(documentOverrides.signerAuthority, doc.signer.authority ?? ""),
      title: pick(documentOverrides.signerTitle, doc.signer.title),
      name: pick(documentOverrides.signerName, doc.signer.name),
    },
    recipients: documentOverrides.recipients?.length ? documentOverrides.recipients : doc.recipients,
  };
}
