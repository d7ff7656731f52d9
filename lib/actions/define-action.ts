import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
// Zod's own messages in Vietnamese for every schema validated here (z.config in the shared primitives).
import "@/lib/contracts/primitives";
import { assertCan, assertPasswordCurrent, requireSignedInActor } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { ActionContract } from "@/lib/contracts/define-contract";
import { assertOutput } from "@/lib/contracts/output-check";
import { t, vi } from "@/lib/i18n/vi";
import type { ActionResult } from "@/lib/actions/result";
import { logUnexpectedError, withRequestContext } from "@/lib/request-context";

export function toActionError(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      details: error.details,
    };
  }
  const id = logUnexpectedError("action-error", error);
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

type ActionDefinition = {
  contract: ActionContract;
  body: (actor: Actor, input: never) => Promise<unknown>;
};

// Every action defined here, so the tenancy and bad-input suites can enumerate
// them all and fail when a new one has no test case.
const definitions = new WeakMap<object, ActionDefinition>();

async function execute<R>(
  def: ActionDefinition,
  getActor: () => Promise<Actor>,
  input: unknown,
): Promise<ActionResult<R>> {
  const { contract } = def;
  // The request id first: the audit entries and any logged error of this call carry it.
  return withRequestContext("ACTION", async () => {
    try {
      const actor = await getActor();
      if (!contract.beforePasswordChange) assertPasswordCurrent(actor);
      assertCan(actor, contract.permission ?? undefined);
      const parsed = contract.input.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          code: "VALIDATION",
          message: vi.errors.validation,
          fieldErrors: zodFieldErrors(parsed.error),
        };
      }
      const data = await def.body(actor, parsed.data as never);
      assertOutput(contract.output, data, contract.summary);
      return { ok: true, data: data as R };
    } catch (error) {
      return toActionError(error);
    }
  });
}

/**
 * Wraps a server action with its contract (lib/contracts): authenticate, refuse an account that must change its
 * password (unless the contract says `beforePasswordChange`), check the contract's permission (through the choke
 * point), validate the input with the contract's schema on the server, run the body, and turn every failure into an
 * ActionResult. The body must return the contract's output type. It derives the unit from the record it touches
 * and checks scope itself (via the use case it calls).
 */
export function defineAction<I extends z.ZodType, O extends z.ZodType>(
  contract: ActionContract<I, O>,
  body: (actor: Actor, input: z.output<I>) => Promise<z.output<O>>,
): (input: z.input<I>) => Promise<ActionResult<z.output<O>>> {
  const def: ActionDefinition = { contract, body: body as ActionDefinition["body"] };
  const action = async (input: z.input<I>) => execute<z.output<O>>(def, requireSignedInActor, input);
  definitions.set(action, def);
  return action;
}

/** The contract behind an action made by `defineAction` (tests enumerate actions through this). */
export function actionContract(action: unknown): ActionContract | undefined {
  return typeof action === "function" ? definitions.get(action)?.contract : undefined;
}

/**
 * Runs an action as a given actor: the same permission check, validation, body and
 * error mapping as a browser call, minus reading the session cookie. For tests and scripts.
 */
export function runActionAs<R>(
  action: (input: never) => Promise<ActionResult<R>>,
  actor: Actor,
  input: unknown,
): Promise<ActionResult<R>> {
  const def = definitions.get(action);
  if (!def) throw new Error("not an action made by defineAction");
  return execute<R>(def, async () => actor, input);
}
