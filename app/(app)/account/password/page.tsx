import { Card, Notice, PageHeader } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requirePageActor } from "@/lib/authz/page";
import { vi } from "@/lib/i18n/vi";

export default async function ChangePasswordPage() {
  const actor = await requirePageActor(undefined, { beforePasswordChange: true });
  return (
    <>
      <PageHeader title={vi.nav.changePassword} subtitle={actor.username} />
      {actor.mustChangePassword ? <Notice tone="warning">{vi.access.mustChangePasswordNotice}</Notice> : null}
      <Card className="max-w-md">
        <ChangePasswordForm />
      </Card>
    </>
  );
}
