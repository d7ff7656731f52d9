/** Kinds of document with a Word download (`app/api/documents/[kind]/docx/route.ts`). */
export const DOCUMENT_KINDS = [
  "decision",
  "plan",
  "verdict",
  "awards",
  "interim",
  "year-end",
  "district-monthly",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** URL of a document's Word download: the kind and the query that finds it (ids, year, month; empty values left out). */
export function docxHref(kind: DocumentKind, query: Record<string, string | number | null | undefined>): string {
  const urlSearchParams = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== "") urlSearchParams.set(key, String(value));
  return `/api/documents/${kind}/docx${urlSearchParams.size ? `?${urlSearchParams}` : ""}`;
}
