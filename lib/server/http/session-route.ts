import "server-only";
import { requireActor, assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { ApiContract } from "@/lib/contracts/define-contract";
import { isSameOrigin } from "@/lib/http/same-origin";
import { input as text } from "@/lib/i18n/vi/input";
import { handleRoute } from "@/lib/server/programme/route-response";
import { withRequestContext } from "@/lib/request-context";

type Ctx<P> = { params: Promise<P> };
type Body<P> = (actor: Actor, request: Request, params: P) => Promise<Response>;
type Definition = { contract: ApiContract; body: Body<never> };

// Every handler made here, so the security suite can enumerate the cookie routes and run them as an actor.
const definitions = new WeakMap<object, Definition>();

/** The answer to a cross-origin state-changing request: 403, with nothing read or written. */
export const foreignOriginResponse = () =>
  Response.json({ ok: false, code: "FORBIDDEN", message: text.foreignOrigin }, { status: 403 });

async function execute<P>(
  def: Definition,
  request: Request,
  getActor: () => Promise<Actor>,
  params: P,
): Promise<Response> {
  // Origin first: a forged request is refused before the session is even read.
  if (!isSameOrigin(request.headers)) return foreignOriginResponse();
  // The request id next: the audit entries and any logged error of this call carry it.
  return withRequestContext("SESSION_ROUTE", () =>
    handleRoute(async () => {
      const actor = await getActor();
      assertCan(actor, def.contract.permission ?? undefined);
      return (def.body as Body<P>)(actor, request, params);
    }),
  );
}

/**
 * A state-changing route handler (POST/PUT/PATCH/DELETE) that relies on the session cookie, e.g. an upload, made
 * from its contract (lib/contracts, auth "session"): checks Origin like server actions do (foreign, missing or
 * "null" → 403), then the session and the contract's permission through the choke point (`requireActor`), then
 * runs the body. Errors become JSON 400/401/404/409/413.
 */
export function sessionRoute<P = Record<string, never>>(contract: ApiContract, body: Body<P>) {
  if (contract.auth !== "session") throw new Error(`${contract.path}: sessionRoute serves session routes`);
  const def: Definition = { contract, body: body as Body<never> };
  const handler = async (request: Request, ctx?: Ctx<P>) =>
    execute(def, request, () => requireActor(), ((await ctx?.params) ?? {}) as P);
  definitions.set(handler, def);
  return handler;
}

/** True for a handler made by `sessionRoute` (the security suite fails on a state-changing cookie route that is not). */
export const isSessionRoute = (handler: unknown) => typeof handler === "function" && definitions.has(handler);

/** The contract of a handler made by `sessionRoute`. */
export const sessionRouteContract = (handler: unknown) =>
  typeof handler === "function" ? definitions.get(handler)?.contract : undefined;

/** Runs a `sessionRoute` handler as a given actor: the same Origin check, permission and body. For tests. */
export function runSessionRouteAs<P>(
  handler: unknown,
  actor: Actor,
  request: Request,
  params = {} as P,
): Promise<Response> {
  const def = typeof handler === "function" ? definitions.get(handler) : undefined;
  if (!def) throw new Error("not a handler made by sessionRoute");
  return execute(def, request, async () => actor, params);
}
