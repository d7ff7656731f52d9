import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { AgencyAccountForm, CreateAgencyForm } from "@/components/committee/agency-forms";
import { EditAgencyForm } from "@/components/committee/edit-agency-form";
import { requirePageActor } from "@/lib/authz/page";
import { formatNumber } from "@/lib/format";
import { listAgencies } from "@/lib/server/committee/list-agencies";
import { vi } from "@/lib/i18n/vi";

export default async function AgenciesPage() {
  const actor = await requirePageActor("agency.manage");
  const agencies = await listAgencies({ actor });
  const text = vi.committee.agencies;
  return (
    <>
      <PageHeader title={text.title} subtitle={`${text.subtitle} · ${actor.unitName}`} />
      <Card title={text.add} className="mb-6">
        <CreateAgencyForm />
      </Card>
      <Card className="mb-6">
        {agencies.length === 0 ? (
          <p className="text-slate-600">{text.none}</p>
        ) : (
          <Table
            head={[text.name, text.shortName, text.kind, text.accounts, text.tasks, text.status, vi.common.actions]}
          >
            {agencies.map((a) => (
              <tr key={a.id} data-testid="agency-row">
                <td className="font-medium">{a.name}</td>
                <td>{a.shortName}</td>
                <td>{text.kinds[a.kind]}</td>
                <td>{a.users.map((u) => u.username).join(", ")}</td>
                <td className="text-right">{formatNumber(a._count.planTasks)}</td>
                <td>{a.isActive ? text.active : text.inactive}</td>
                <td>
                  <EditAgencyForm
                    agency={{
                      agencyId: a.id,
                      version: a.version,
                      name: a.name,
                      shortName: a.shortName,
                      kind: a.kind,
                      isActive: a.isActive,
                    }}
                    activeAccounts={a.users.filter((u) => u.isActive).length}
                  />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      {agencies.some((a) => a.isActive) ? (
        <Card title={text.addAccount}>
          <AgencyAccountForm agencies={agencies.filter((a) => a.isActive).map((a) => ({ id: a.id, name: a.name }))} />
        </Card>
      ) : null}
    </>
  );
}
