import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { ministryDeadlineOf } from "./ministry-deadline";

export type GetMinistryDeadlineOptions = { actor: Actor; year: number };

/** The national administrator's page: the ministry's deadline of `year` ({deadline, configured, version}). */
export async function getMinistryDeadline({ actor, year }: GetMinistryDeadlineOptions) {
  assertCan(actor, "ministry-deadline.manage");
  return ministryDeadlineOf(year);
}
