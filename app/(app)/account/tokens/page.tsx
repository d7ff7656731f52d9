import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { CreateTokenForm, RevokeTokenButton } from "@/components/dashboard/api-token-forms";
import { requirePageActor } from "@/lib/authz/page";
import { listApiTokens } from "@/lib/server/api/manage-api-tokens";
import { formatDate, formatDateTime } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

export default async function ApiTokensPage() {
  const actor = await requirePageActor("api.token");
  const tokens = await listApiTokens(actor);
  const now = new Date(); // token expiry is a real instant, not the programme calendar (lib/clock.ts)
  const s = vi.dashboard.tokens;
  return (
    <>
      <PageHeader title={s.title} subtitle={actor.username} />
      <p className="mb-4 max-w-3xl text-slate-700">
        {s.intro}{" "}
        {/* eslint-disable-next-line nextjs/no-html-link-for-pages -- a JSON document (route handler), not a page */}
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">{s.docs}</a>
      </p>
      <Card className="mb-6"><CreateTokenForm /></Card>
      <Card>
        {tokens.length === 0 ? <p>{s.none}</p> : (
          <Table head={[s.name, s.createdAt, vi.access.tokens.expiresAt, s.lastUsedAt, vi.users.status, vi.common.actions]} caption={s.title}>
            {tokens.map((tk) => (
              <tr key={tk.id}>
                <td>{tk.name}</td>
                <td>{formatDateTime(tk.createdAt)}</td>
                <td>{formatDate(tk.expiresAt)}</td>
                <td>{formatDateTime(tk.lastUsedAt)}</td>
                <td>{tk.revokedAt ? `${s.revoked} ${formatDateTime(tk.revokedAt)}` : tk.expiresAt <= now ? vi.access.tokens.expired : s.active}</td>
                <td>{tk.revokedAt || tk.expiresAt <= now ? null : <RevokeTokenButton id={tk.id} name={tk.name} />}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
