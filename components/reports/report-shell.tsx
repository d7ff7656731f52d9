import type { ReactNode } from "react";
import { PrintButton } from "./print-button";
import { DocxLink, DocxOverrideForm } from "@/components/documents/docx-download";
import type { OfficialDocument } from "@/lib/documents/official-document";
import { dashboard as text } from "@/lib/i18n/vi/dashboard";

/** Toolbar (print, Excel, Word) above a print-ready document (its print stylesheet comes with `AdminDocument`). */
export function ReportShell({
  excelHref,
  docx,
  children,
}: {
  excelHref: string;
  docx?: { href: string; doc: OfficialDocument };
  children: ReactNode;
}) {
  return (
    <div>
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <PrintButton label={text.reports.print} />
        <a
          href={excelHref}
          download
          className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          {text.reports.excel}
        </a>
        {docx ? <DocxLink href={docx.href} /> : null}
      </div>
      {docx ? <DocxOverrideForm href={docx.href} doc={docx.doc} /> : null}
      <div className="overflow-x-auto rounded border border-slate-200 shadow-sm print:border-0 print:shadow-none">
        {children}
      </div>
    </div>
  );
}

/** A bordered table in the style of an administrative document. */
export function DocTable({
  head,
  rows,
  caption,
  testId,
  numeric,
}: {
  head: string[];
  rows: (string | number | null)[][];
  caption: string;
  testId?: string;
  numeric?: number[];
}) {
  return (
    <table className="w-full border-collapse text-[13px]" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className="border border-black px-1 py-1 text-center font-bold">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, k) => (
              <td
                key={k}
                className={`border border-black px-1 py-1 ${typeof c === "number" || numeric?.includes(k) ? "text-right" : ""}`}
              >
                {c ?? "—"}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
