import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/authz/api";
import type { Actor } from "@/lib/authz/actor";
import type { ApiContract } from "@/lib/contracts/define-contract";
import { assertOutput } from "@/lib/contracts/output-check";
import { AppError, validation } from "@/lib/errors";
// Zod's own messages in Vietnamese for every schema validated here (z.config in the shared primitives).
import "@/lib/contracts/primitives";
import { isUuid } from "@/lib/authz/access";
import { dashboard as text } from "@/lib/i18n/vi/dashboard";
import { logUnexpectedError, withRequestContext } from "@/lib/request-context";

const STATUS: Record<AppError["code"], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
};

/** JSON error body of the API: {error: {code, message}}; unexpected errors are logged with an id, never shown. */
export function apiError(error: unknown): NextResponse {
  if (error instanceof AppError) {
    const message = error.code === "UNAUTHENTICATED" ? text.api.unauthenticated : error.message;
    const res = NextResponse.json(
      { error: { code: error.code, message, ...(error.fieldErrors ? { fields: error.fieldErrors } : {}) } },
      { status: STATUS[error.code] },
    );
    if (error.code === "UNAUTHENTICATED") res.headers.set("WWW-Authenticate", 'Bearer realm="api/v1"');
    return res;
  }
  if (error instanceof z.ZodError) {
    return NextResponse.json(
      {
        error: {
          code: "VALIDATION",
          message: text.api.badRequest,
          fields: Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "_", i.message])),
        },
      },
      { status: 400 },
    );
  }
  const id = logUnexpectedError("api-error", error);
  return NextResponse.json(
    { error: { code: "UNEXPECTED", message: `Lỗi ngoài dự kiến (mã ${id}).` } },
    { status: 500 },
  );
}

type Ctx = { params?: Promise<Record<string, string>> };

/** What a route body receives: the path params, query and JSON body, each parsed by the contract's schema. */
export type ApiInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  request: Request;
};

// The contract of every handler made by apiRoute, so the suites can check each route against the matrix and OpenAPI.
const routeContracts = new WeakMap<object, ApiContract>();

/** The contract of an /api/v1 handler (undefined: not made by apiRoute, e.g. the public OpenAPI document). */
export function apiRouteContract(handler: unknown): ApiContract | undefined {
  return typeof handler === "function" ? routeContracts.get(handler) : undefined;
}

/** The query string as an object: the first value of each parameter; an empty value counts as absent. */
function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (value !== "" && !(key in out)) out[key] = value;
  return out;
}

async function readJson(request: Request): Promise<unknown> {
  return request.json().catch(() => {
    throw validation("Nội dung yêu cầu không phải JSON hợp lệ.");
  });
}

/**
 * A route handler of /api/v1 made from its contract (lib/contracts/api): the bearer-token choke point first
 * (requireApiActor with the contract's permission), then the path params, query and JSON body parsed by the
 * contract's schemas (bad → 400 naming the fields), then the body, whose result must have the contract's output
 * type. Returns JSON; every expected failure becomes a 4xx with {error:{code,message}}.
 */
export function apiRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, O extends z.ZodType>(
  contract: ApiContract<P, Q, B, O>,
  body: (actor: Actor, input: ApiInput<P, Q, B>) => Promise<z.output<O>>,
) {
  const permission = contract.permission;
  if (contract.auth !== "bearer" || !permission) {
    throw new Error(`${contract.path}: apiRoute serves bearer routes with a permission`);
  }
  // The request id first: the audit entries and any logged error of this call carry it.
  const handler = async (request: Request, ctx?: Ctx) =>
    withRequestContext("API", async () => {
      try {
        const actor = await requireApiActor(request, permission);
        const params = (contract.params?.parse((await ctx?.params) ?? {}) ?? {}) as z.output<P>;
        const query = (contract.query?.parse(queryObject(new URL(request.url))) ?? {}) as z.output<Q>;
        const json = (contract.body ? contract.body.parse(await readJson(request)) : undefined) as z.output<B>;
        const data = await body(actor, { params, query, body: json, request });
        assertOutput(contract.output, data, `${contract.method} ${contract.path}`);
        return NextResponse.json(data, { headers: { "Cache-Control": "no-store" } });
      } catch (error) {
        return apiError(error);
      }
    });
  routeContracts.set(handler, contract as ApiContract);
  return handler;
}

// ---- Cursor pagination (keyset on the uuid v7 primary key: stable under inserts) ----

export type PageParams = { limit: number; after: string | null };

/** The page asked for by a contract's PageQuery (limit, cursor); a cursor that is not one of ours → 400. */
export function pageOf(query: { limit: number; cursor?: string }): PageParams {
  if (!query.cursor) return { limit: query.limit, after: null };
  const decoded = Buffer.from(query.cursor, "base64url").toString("utf8");
  if (!isUuid(decoded)) throw validation(text.api.badRequest, { cursor: [text.api.badCursor] });
  return { limit: query.limit, after: decoded };
}

/** Fetch `limit + 1` rows ordered by id; this turns them into a page with the next cursor. */
export function toPage<T extends { id: string }>(rows: T[], limit: number) {
  const more = rows.length > limit;
  const data = more ? rows.slice(0, limit) : rows;
  return { data, nextCursor: more ? Buffer.from(data[data.length - 1]!.id, "utf8").toString("base64url") : null };
}
