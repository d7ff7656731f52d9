import { PageHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/authz/page";
import { listChangeOptions } from "@/lib/server/units/changes/options";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { MergeForm } from "@/components/units/merge-form";
import { ConvertForm } from "@/components/units/convert-form";
import { UnitChangeForm } from "@/components/units/unit-change-form";

export const metadata = { title: text.page.title };

/** Administrative changes (issue #12 §1): ADMIN nation-wide, the province secretariat inside its province. */
export default async function UnitChangesPage() {
  const actor = await requirePageActor("unit.change");
  const { communes, provinces, parents } = await listChangeOptions(actor);
  return (
    <>
      <PageHeader title={text.page.title} subtitle={text.page.subtitle} />
      <div className="space-y-6">
        <UnitChangeForm communes={communes} parents={parents} />
        <MergeForm communes={communes} />
        {provinces.length > 0 ? <ConvertForm provinces={provinces} /> : null}
      </div>
    </>
  );
}
