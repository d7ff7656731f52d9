import type { Actor } from "@/lib/authz/actor";

/**
 * How to call each server action against a record of a given unit. The tenancy
 * suite calls every action as every role on records of its own subtree and of
 * foreign units; an action without a case here fails the suite, so new actions
 * cannot ship without an isolation test.
 *
 * `input(actor, unitId)` returns an input that targets a record belonging to `unitId`
 * (creating a fixture record if needed). For the actor's own unit it is a valid input, so the
 * suite proves each allowed path succeeds, not only that refusals refuse. Actions on the actor
 * itself set `selfOnly`; `after` restores what a successful call changed on a shared demo record.
 */
export type ActionCase = {
  selfOnly?: boolean;
  input: (actor: Actor, unitId: string) => Promise<unknown>;
  after?: (actor: Actor) => Promise<void>;
};
