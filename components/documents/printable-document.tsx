import Link from "next/link";
import { PrintButton } from "@/components/programme/print-button";
import type { OfficialDocument } from "@/lib/documents/official-document";
import { documents as text } from "@/lib/i18n/vi/documents";
import { DocxLink, DocxOverrideForm } from "./docx-download";
import { OfficialDocumentView } from "./official-document-view";

/** A printable page of one document: back link, print button and Word download above the document itself. */
export function PrintableDocument({
  doc,
  docxHref,
  back,
}: {
  doc: OfficialDocument;
  docxHref: string;
  back: { href: string; label: string };
}) {
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-center gap-3">
        <Link className="text-brand-700 underline" href={back.href}>
          {back.label}
        </Link>
        <PrintButton label={text.print} />
        <DocxLink href={docxHref} />
      </div>
      <DocxOverrideForm href={docxHref} doc={doc} />
      <OfficialDocumentView doc={doc} />
    </>
  );
}
