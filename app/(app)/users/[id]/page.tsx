import { Card, PageHeader } from "@/components/ui/card";
import { ChangeRoleForm } from "@/components/users/change-role-form";
import { loadOrNotFound, requirePageActor } from "@/lib/authz/page";
import { isAgencyRole, type UnitRole, unitRoles, ROLE_UNIT_LEVELS } from "@/lib/authz/permissions";
import { getManagedUser } from "@/lib/server/users/get-managed-user";
import { vi } from "@/lib/i18n/vi";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("user.manage");
  const { id } = await params;
  const user = await loadOrNotFound(() => getManagedUser(actor, id));
  const text = vi.access.changeRole;
  return (
    <>
      <PageHeader title={`${user.fullName} (${user.username})`} subtitle={vi.users.title} />
      <Card title={text.current} className="mb-6">
        <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">{vi.users.role}</dt>
          <dd data-testid="user-role">{vi.roles[user.role]}</dd>
          <dt className="font-medium">{vi.users.unit}</dt>
          <dd data-testid="user-unit">
            {user.unit.code} · {user.unit.name}
          </dd>
          <dt className="font-medium">{vi.users.status}</dt>
          <dd>{user.isActive ? vi.users.active : vi.users.inactive}</dd>
        </dl>
      </Card>
      {/* An agency account keeps its agency: it is managed from the agency's page (issue #18). */}
      {user.id === actor.userId || isAgencyRole(user.role) ? null : (
        <Card title={text.title}>
          <ChangeRoleForm
            user={{ userId: user.id, role: user.role as UnitRole, unitId: user.unitId, version: user.version }}
            roles={unitRoles(actor.role)}
            roleLevels={ROLE_UNIT_LEVELS}
          />
        </Card>
      )}
    </>
  );
}
