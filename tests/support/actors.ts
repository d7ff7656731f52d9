import { db } from "@/lib/db";
import { loadActorByUserId, type Actor } from "@/lib/authz/actor";

/** The actor of a seeded demo account, as the choke point would build it from its session. */
export async function actorOf(username: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const actor = await loadActorByUserId(user.id);
  if (!actor) throw new Error(`inactive test user ${username}`);
  return actor;
}

export async function unitIdByCode(code: string): Promise<string> {
  return (await db.unit.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}
