import { Card, PageHeader } from "@/components/ui/card";
import { BulkUsersImport } from "@/components/users/bulk-users-import";
import { requirePageActor } from "@/lib/authz/page";
import { vi } from "@/lib/i18n/vi";

export default async function BulkUsersPage() {
  await requirePageActor("user.manage");
  return (
    <>
      <PageHeader title={vi.golive.bulkUsers.title} subtitle={vi.golive.bulkUsers.subtitle} />
      <Card>
        <p className="mb-4">
          <a className="text-brand-700 underline" href="/users/bulk/template" download>
            {vi.golive.sheet.template}
          </a>
        </p>
        <BulkUsersImport roleLabels={vi.roles} />
      </Card>
    </>
  );
}
