import { notFound } from "next/navigation";
import { PrintableDocument } from "@/components/documents/printable-document";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { docxHref } from "@/lib/documents/docx-href";
import { loadPlanDocument } from "@/lib/server/documents/kinds/programme-documents";
import { t, vi } from "@/lib/i18n/vi";

/** A commune's plan as an administrative document, printable, with its Word download. */
export default async function PlanDocumentPage({ params }: { params: Promise<{ year: string; selectionId: string }> }) {
  const { year, selectionId } = await params;
  const actor = await requirePageActor("programme.view");
  const { doc, plan } = await loadOrNotFound(() => loadPlanDocument(actor, selectionId));
  if (String(plan.programme.year) !== year) notFound();
  return (
    <PrintableDocument
      doc={doc}
      docxHref={docxHref("plan", { id: selectionId })}
      back={{
        href: `/programme/${year}/plans/${selectionId}`,
        label: t(vi.programme.plans.plan, { name: plan.selection.commune.name }),
      }}
    />
  );
}
