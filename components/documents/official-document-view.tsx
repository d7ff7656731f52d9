import { AdminDocument } from "./admin-document";
import { DocTable } from "@/components/reports/report-shell";
import type { DocBlock, OfficialDocument } from "@/lib/documents/official-document";

function Block({ b }: { b: DocBlock }) {
  switch (b.type) {
    case "paragraph":
      return (
        <p className={`${b.align === "center" ? "text-center" : ""} ${b.bold ? "font-bold" : ""} ${b.italic ? "italic" : ""} whitespace-pre-line`}>
          {b.runs.map((r, i) => <span key={i} className={`${r.bold ? "font-bold" : ""} ${r.italic ? "italic" : ""}`}>{r.text}</span>)}
        </p>
      );
    case "heading":
      return <h2 className="font-bold">{b.text}</h2>;
    case "bullets":
      return <ul className="list-disc pl-6">{b.items.map((t, i) => <li key={i}>{t}</li>)}</ul>;
    case "table":
      return <DocTable caption={b.caption} testId={b.testId} head={b.head} rows={b.rows} numeric={b.numeric} />;
  }
}

/** An administrative document (`OfficialDocument`) on a printable page: the same data its Word file holds. */
export function OfficialDocumentView({ doc }: { doc: OfficialDocument }) {
  return (
    <AdminDocument issuer={doc.issuer} number={doc.number} place={doc.place} date={doc.date} title={doc.title} subtitle={doc.summary}
      recipients={doc.recipients} signer={doc.signer}>
      {doc.body.map((b, i) => <Block key={i} b={b} />)}
    </AdminDocument>
  );
}
