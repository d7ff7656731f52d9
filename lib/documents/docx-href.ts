/** Kinds of document with a Word download (`app/api/documents/[kind]/docx/route.ts`). */
export const DOCUMENT_KINDS = ["decision", "plan", "verdict", "awards", "interim", "year-end", "district-monthly"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** URL of a document's Word download: the kind and the query that finds it (ids, year, month; empty values left out). */
export function docxHref(kind: DocumentKind, query: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  return `/api/documents/${kind}/docx${q.size ? `?${q}` : ""}`;
}
