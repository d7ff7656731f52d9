import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { requirePageActor } from "@/lib/authz/page";
import { listAudit } from "@/lib/server/audit/list-audit";
import { formatDateTime } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

export default async function AuditPage() {
  const actor = await requirePageActor("audit.view");
  const entries = await listAudit(actor);
  return (
    <>
      <PageHeader title={vi.audit.title} subtitle={actor.unitName} />
      <Card>
        <Table head={[vi.audit.at, vi.audit.actor, vi.audit.action, vi.audit.entity, vi.users.unit, vi.audit.request]}>
          {entries.map((e) => (
            <tr key={e.id.toString()}>
              <td className="whitespace-nowrap">{formatDateTime(e.at)}</td>
              <td>{e.actorUsername ?? "—"}</td>
              <td className="font-mono">{e.action}</td>
              <td>{e.entity}</td>
              <td>{e.unit?.name ?? "—"}</td>
              <td>
                {e.requestSource ? vi.audit.sources[e.requestSource] : "—"}
                {e.requestId ? (
                  <span className="block break-all font-mono text-xs text-slate-600">{e.requestId}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      </Card>
    </>
  );
}
