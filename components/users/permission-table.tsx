import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { PERMISSION_LIST } from "@/lib/authz/permissions";
import { vi } from "@/lib/i18n/vi";

/** Read-only: every permission's description and the roles that hold it, straight from PERMISSION_LIST. */
export function PermissionTable() {
  const text = vi.users.permissions;
  return (
    <Card title={text.title} className="mt-6">
      <p className="mb-3 text-sm text-slate-600">{text.note}</p>
      <Table head={[text.permission, text.roles]} caption={text.title}>
        {PERMISSION_LIST.map((entry) => (
          <tr key={entry.permission}>
            <td>{entry.description}</td>
            <td>{entry.roles.map((role) => vi.roles[role]).join("; ")}</td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
