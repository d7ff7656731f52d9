import { stripVietnameseMarks } from "./vn-fold";

/**
 * File names for downloads, from a document's Vietnamese number and title.
 *
 * Takes any text (e.g. "Quyết định 12/QĐ-BCĐ 2027") and returns an ASCII name safe in a
 * Content-Disposition header and on every file system: diacritics removed, đ/Đ → d/D
 * (they have no decomposition, so NFD alone drops them), every run of other characters
 * → "-", no leading or trailing "-". An input with nothing left gives "tep".
 * The extension (".xlsx", ".docx") is passed separately and kept as given.
 */
export function asciiFileName(title: string, extension = ""): string {
  const base = stripVietnameseMarks(title)
    .replace(/[^A-Za-z0-9._]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 150);
  return `${base || "tep"}${extension}`;
}
