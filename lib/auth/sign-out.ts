import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { Actor } from "@/lib/authz/actor";

/** Ends a server-side session: every request after this is refused, on every instance. Audited once. */
export async function endSession(sessionId: string, actor: Pick<Actor, "userId" | "username" | "unitId"> | null) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) await writeAudit(tx, actor, { action: "auth.sign-out", entity: "Session", entityId: sessionId });
  });
}

/**
 * Removes next-auth's session cookie (and its chunks, and the __Secure- variant behind https).
 * Outside a Next request (tests, scripts) there is no cookie store: nothing to remove.
 */
export async function clearSessionCookies() {
  let store: Awaited<ReturnType<typeof cookies>>;
  try {
    store = await cookies();
  } catch (error) {
    if (error instanceof Error && /outside a request scope/.test(error.message)) return;
    throw error;
  }
  for (const c of store.getAll()) if (c.name.includes("next-auth.session-token")) store.delete(c.name);
}
