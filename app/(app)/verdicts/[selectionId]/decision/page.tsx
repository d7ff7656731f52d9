import { PrintableDocument } from "@/components/documents/printable-document";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { docxHref } from "@/lib/documents/docx-href";
import { loadVerdictDocument } from "@/lib/server/documents/kinds/review-documents";
import { vi } from "@/lib/i18n/vi";

/** The decision recognising a commune's result (the issued verdict), printable, with its Word download. */
export default async function VerdictDecisionPage({ params }: { params: Promise<{ selectionId: string }> }) {
  const { selectionId } = await params;
  const actor = await requirePageActor("kpi.view");
  const { doc } = await loadOrNotFound(() => loadVerdictDocument(actor, selectionId));
  return (
    <PrintableDocument
      doc={doc}
      docxHref={docxHref("verdict", { id: selectionId })}
      back={{ href: `/verdicts/${selectionId}`, label: vi.common.back }}
    />
  );
}
