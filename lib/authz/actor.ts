import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { READ_PROVINCE_COOKIE, readsChosenProvince, withReadProvince } from "@/lib/authz/read-province";
import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";

export type Actor = {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  /** The member agency of an AGENCY_MEMBER account (issue #18), else null. */
  agencyId: string | null;
  unitId: string;
  unitName: string;
  unitLevel: UnitLevel;
  provinceId: string | null;
  /** Ancestors of the actor's unit and the unit itself. */
  unitLineage: string[];
  sessionId: string | null;
  /** Set by an initial or reset password: until changed, only the change form and sign-out are allowed (lib/authz/access.ts). */
  mustChangePassword: boolean;
};

const actorSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  agencyId: true,
  isActive: true,
  mustChangePassword: true,
  unit: { select: { id: true, name: true, level: true, provinceId: true, lineage: true } },
} as const;

type ActorUser = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: string | null;
  mustChangePassword: boolean;
  unit: { id: string; name: string; level: UnitLevel; provinceId: string | null; lineage: string[] };
};

function toActor(user: ActorUser, sessionId: string | null): Actor {
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    agencyId: user.agencyId,
    unitId: user.unit.id,
    unitName: user.unit.name,
    unitLevel: user.unit.level,
    provinceId: user.unit.provinceId,
    unitLineage: user.unit.lineage,
    sessionId,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Loads the actor behind a server-side session; null when revoked, expired or deactivated. */
export async function loadActorBySession(sessionId: string, now = new Date()): Promise<Actor | null> {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, revokedAt: true, user: { select: actorSelect } },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.isActive) return null;
  return toActor(row.user, sessionId);
}

/** For API tokens, scripts and tests: the actor of an active user. */
export async function loadActorByUserId(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: actorSelect });
  return user && user.isActive ? toActor(user, null) : null;
}

/**
 * The signed-in actor of the current request (memoised per request): the session id is read from next-auth's
 * encrypted cookie on the server (never from the session object that /api/auth/session hands to scripts).
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const token = await getToken({ req: { cookies: await cookies(), headers: {} } as never });
  const sid = typeof token?.sid === "string" ? token.sid : null;
  const actor = sid ? await loadActorBySession(sid) : null;
  // A national reader (the ministry) reads the province it chose on its national table (lib/authz/read-province.ts).
  return actor && readsChosenProvince(actor)
    ? withReadProvince(actor, (await cookies()).get(READ_PROVINCE_COOKIE)?.value)
    : actor;
});
