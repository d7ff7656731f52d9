import { Card, PageHeader } from "@/components/ui/card";
import { UnitSheetImport } from "@/components/units/unit-sheet-import";
import { requirePageActor } from "@/lib/authz/page";
import { vi } from "@/lib/i18n/vi";

export default async function UnitSheetPage() {
  await requirePageActor("unit.manage");
  return (
    <>
      <PageHeader title={vi.golive.unitSheet.title} subtitle={vi.golive.unitSheet.subtitle} />
      <Card>
        <p className="mb-4">
          <a className="text-brand-700 underline" href="/units/sheet/template" download>
            {vi.golive.sheet.template}
          </a>
        </p>
        <UnitSheetImport />
      </Card>
    </>
  );
}
