import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
// Zod's own messages in Vietnamese for every schema validated here (z.config in the shared primitives).
import "@/lib/contracts/primitives";
import { assertCan, assertPasswordCurrent, requireSignedInActor } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { Permission } from "@/lib/authz/permissions";
import { t, vi } from "@/lib/i18n/vi";
import type { ActionResult } from "@/lib/actions/result";

export function toActionError(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
  }
  const id = randomUUID().slice(0, 8);
  console.error(`[action-error ${id}]`, error);
  return { ok: false, code: "UNEXPECTED", message: t(vi.errors.unexpected, { id }) };
}

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** `beforePasswordChange`: the action stays allowed while the account must change its password (the change itself, sign-out). */
export type ActionOptions = { beforePasswordChange?: boolean };

type ActionDefinition = {
  permission: Permission | null;
  options: ActionOptions;
  schema: z.ZodType;
  body: (actor: Actor, input: never) => Promise<unknown>;
};

// Every action defined here, so the tenancy and bad-input suites can enumerate
// them all and fail when a new one has no test case.
const definitions = new WeakMap<object, ActionDefinition>();

async function execute<R>(def: ActionDefinition, getActor: () => Promise<Actor>, input: unknown): Promise<ActionResult<R>> {
  try {
    const actor = await getActor();
    if (!def.options.beforePasswordChange) assertPasswordCurrent(actor);
    assertCan(actor, def.permission ?? undefined);
    const parsed = def.schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: vi.errors.validation, fieldErrors: zodFieldErrors(parsed.error) };
    }
    return { ok: true, data: (await def.body(actor, parsed.data as never)) as R };
  } catch (error) {
    return toActionError(error);
  }
}

/**
 * Wraps a server action: authenticate, refuse an account that must change its password
 * (unless `options.beforePasswordChange`), check the permission (through the choke point),
 * validate input with zod on the server, run the body, and turn every failure
 * into an ActionResult. The body derives the unit from the record it touches and
 * checks scope itself (via the use case it calls).
 */
export function defineAction<S extends z.ZodType, R>(
  permission: Permission | null,
  schema: S,
  body: (actor: Actor, input: z.infer<S>) => Promise<R>,
  options: ActionOptions = {},
): (input: z.input<S>) => Promise<ActionResult<R>> {
  const def: ActionDefinition = { permission, options, schema, body: body as ActionDefinition["body"] };
  const action = async (input: z.input<S>) => execute<R>(def, requireSignedInActor, input);
  definitions.set(action, def);
  return action;
}

/** The definition behind an action (tests enumerate actions through this). */
export function actionDefinition(action: unknown): ActionDefinition | undefined {
  return typeof action === "function" ? definitions.get(action) : undefined;
}

/**
 * Runs an action as a given actor: the same permission check, validation, body and
 * error mapping as a browser call, minus reading the session cookie. For tests and scripts.
 */
export function runActionAs<R>(action: (input: never) => Promise<ActionResult<R>>, actor: Actor, input: unknown): Promise<ActionResult<R>> {
  const def = definitions.get(action);
  if (!def) throw new Error("not an action made by defineAction");
  return execute<R>(def, async () => actor, input);
}
