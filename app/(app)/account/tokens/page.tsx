import { Card, PageHeader } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { CreateTokenForm, RevokeTokenButton } from "@/components/dashboard/api-token-forms";
import { requirePageActor } from "@/lib/authz/page";
import { listApiTokens } from "@/lib/server/api/list-api-tokens";
import { formatDate, formatDateTime } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";

export const metadata = { title: vi.dashboard.tokens.title };

export default async function ApiTokensPage() {
  const actor = await requirePageActor("api.token");
  const tokens = await listApiTokens(actor);
  const now = new Date(); // token expiry is a real instant, not the programme calendar (lib/clock.ts)
  const text = vi.dashboard.tokens;
  return (
    <>
      <PageHeader title={text.title} subtitle={actor.username} />
      <p className="mb-4 max-w-3xl text-slate-700">
        {text.intro}{" "}
        {/* eslint-disable-next-line nextjs/no-html-link-for-pages -- a JSON document (route handler), not a page */}
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">
          {text.docs}
        </a>
      </p>
      <Card className="mb-6">
        <CreateTokenForm />
      </Card>
      <Card>
        {tokens.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <Table
            head={[
              text.name,
              text.createdAt,
              vi.access.tokens.expiresAt,
              text.lastUsedAt,
              vi.users.status,
              vi.common.actions,
            ]}
            caption={text.title}
          >
            {tokens.map((tk) => (
              <tr key={tk.id}>
                <td>{tk.name}</td>
                <td>{formatDateTime(tk.createdAt)}</td>
                <td>{formatDate(tk.expiresAt)}</td>
                <td>{formatDateTime(tk.lastUsedAt)}</td>
                <td>
                  {tk.revokedAt
                    ? `${text.revoked} ${formatDateTime(tk.revokedAt)}`
                    : tk.expiresAt <= now
                      ? vi.access.tokens.expired
                      : text.active}
                </td>
                <td>{tk.revokedAt || tk.expiresAt <= now ? null : <RevokeTokenButton id={tk.id} name={tk.name} />}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
