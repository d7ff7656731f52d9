import { AdminDocument } from "./admin-document";
import { DocTable } from "@/components/reports/report-shell";
import type { DocBlock, OfficialDocument } from "@/lib/documents/official-document";

function Block({ b: block }: { b: DocBlock }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p
          className={`${block.align === "center" ? "text-center" : ""} ${block.bold ? "font-bold" : ""} ${block.italic ? "italic" : ""} whitespace-pre-line`}
        >
          {block.runs.map((r, i) => (
            <span key={i} className={`${r.bold ? "font-bold" : ""} ${r.italic ? "italic" : ""}`}>
              {r.text}
            </span>
          ))}
        </p>
      );
    case "heading":
      return <h2 className="font-bold">{block.text}</h2>;
    case "bullets":
      return (
        <ul className="list-disc pl-6">
          {block.items.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      );
    case "table":
      return (
        <DocTable
          caption={block.caption}
          testId={block.testId}
          head={block.head}
          rows={block.rows}
          numeric={block.numeric}
        />
      );
  }
}

/** An administrative document (`OfficialDocument`) on a printable page: the same data its Word file holds. */
export function OfficialDocumentView({ doc }: { doc: OfficialDocument }) {
  return (
    <AdminDocument
      issuer={doc.issuer}
      number={doc.number}
      place={doc.place}
      date={doc.date}
      title={doc.title}
      subtitle={doc.summary}
      recipients={doc.recipients}
      signer={doc.signer}
    >
      {doc.body.map((b, i) => (
        <Block key={i} b={b} />
      ))}
    </AdminDocument>
  );
}
