import type { Actor } from "@/lib/authz/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentRequest } from "@/lib/request-context";

type AuditClient = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): Promise<unknown> } };
type AuditedUser = { userId: string; username: string; unitId: string };
export type AuditActor = AuditedUser | null;

/** The part of a signed-in actor an audit entry records: who, and the unit it acted from. */
export const auditActor = (actor: Actor): AuditedUser => ({
  userId: actor.userId,
  username: actor.username,
  unitId: actor.unitId,
});

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
};

// JSON-safe snapshot (Dates → ISO strings, BigInt/Decimal → strings).
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/**
 * Appends one entry to the audit log. Call it with the transaction client of the
 * change it records, so the change and its audit entry commit or fail together.
 * The table itself refuses UPDATE and DELETE (trigger in the init migration). The request's id and source come
 * from the request context the wrappers open (lib/request-context.ts); none outside a wrapper.
 */
export async function writeAudit(client: AuditClient, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const request = currentRequest();
  await client.auditLog.create({
    data: {
      actorId: actor?.userId ?? null,
      actorUsername: actor?.username ?? null,
      unitId: entry.unitId ?? actor?.unitId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      requestId: request?.requestId ?? null,
      requestSource: request?.source ?? null,
    },
  });
}
