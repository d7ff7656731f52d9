import Link from "next/link";
import { PageHeader, Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { CreateUserForm } from "@/components/users/create-user-form";
import { PermissionTable } from "@/components/users/permission-table";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requirePageActor } from "@/lib/authz/page";
import { unitRoles } from "@/lib/authz/permissions";
import { listUsers } from "@/lib/server/users/list-users";
import { vi } from "@/lib/i18n/vi";

export default async function UsersPage() {
  const actor = await requirePageActor("user.manage");
  const users = await listUsers(actor);
  return (
    <>
      <PageHeader
        title={vi.users.title}
        subtitle={actor.unitName}
        actions={
          <Link className="text-sm text-brand-700 underline" href="/users/bulk">
            {vi.golive.bulkUsers.nav}
          </Link>
        }
      />
      <Card title={vi.users.create} className="mb-6">
        <CreateUserForm roles={unitRoles(actor.role)} />
      </Card>
      <Card>
        <Table
          head={[vi.auth.username, vi.users.fullName, vi.users.role, vi.users.unit, vi.users.status, vi.common.actions]}
        >
          {users.map((u) => (
            <tr key={u.id}>
              <td className="font-mono">
                <Link className="text-brand-700 underline" href={`/users/${u.id}`}>
                  {u.username}
                </Link>
              </td>
              <td>{u.fullName}</td>
              <td>{vi.roles[u.role]}</td>
              <td>{u.unit.name}</td>
              <td>{u.isActive ? vi.users.active : vi.users.inactive}</td>
              <td>
                {u.id === actor.userId ? null : (
                  <UserRowActions userId={u.id} name={u.username} isActive={u.isActive} />
                )}
              </td>
            </tr>
          ))}
        </Table>
      </Card>
      <PermissionTable />
    </>
  );
}
