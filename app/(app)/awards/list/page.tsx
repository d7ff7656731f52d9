import { PrintableDocument } from "@/components/documents/printable-document";
import { yearParam } from "@/components/reviews/year-picker";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { docxHref } from "@/lib/documents/docx-href";
import { loadAwardListDocument } from "@/lib/server/documents/kinds/review-documents";
import { vi } from "@/lib/i18n/vi";

/** The emulation award list of a year (the unit's own nominations, or the province's), printable, with its Word download. */
export default async function AwardListPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePageActor("award.nominate");
  const year = yearParam((await searchParams).year);
  const { doc } = await loadOrNotFound(() => loadAwardListDocument(actor, year));
  return (
    <PrintableDocument
      doc={doc}
      docxHref={docxHref("awards", { year })}
      back={{ href: `/awards?year=${year}`, label: vi.common.back }}
    />
  );
}
