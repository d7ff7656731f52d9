import type { ReactNode } from "react";
import { PrintButton } from "./print-button";
import { dashboard as s } from "@/lib/i18n/vi/dashboard";

/** Toolbar (print, Excel) above a print-ready document; A4 margins of NĐ 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm). */
export function ReportShell({ excelHref, children }: { excelHref: string; children: ReactNode }) {
  return (
    <div>
      <style>{"@media print { @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; } main { max-width: none !important; padding: 0 !important; } .admin-document table { page-break-inside: auto; } .admin-document tr { page-break-inside: avoid; } }"}</style>
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <PrintButton label={s.reports.print} />
        <a href={excelHref} download className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">{s.reports.excel}</a>
      </div>
      <div className="overflow-x-auto rounded border border-slate-200 shadow-sm print:border-0 print:shadow-none">{children}</div>
    </div>
  );
}

/** A bordered table in the style of an administrative document. */
export function DocTable({ head, rows, caption, testId }: { head: string[]; rows: (string | number | null)[][]; caption: string; testId?: string }) {
  return (
    <table className="w-full border-collapse text-[13px]" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>{head.map((h, i) => <th key={i} scope="col" className="border border-black px-1 py-1 text-center font-bold">{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>{r.map((c, k) => <td key={k} className={`border border-black px-1 py-1 ${typeof c === "number" ? "text-right" : ""}`}>{c ?? "—"}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
