import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/authz/api";
import type { Actor } from "@/lib/authz/actor";
import type { Permission } from "@/lib/authz/permissions";
import { AppError, validation } from "@/lib/errors";
// Zod's own messages in Vietnamese for every schema validated here (z.config in the shared primitives).
import "@/lib/contracts/primitives";
import { isUuid } from "@/lib/authz/access";
import { dashboard as text } from "@/lib/i18n/vi/dashboard";

const STATUS: Record<AppError["code"], number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409 };

/** JSON error body of the API: {error: {code, message}}; unexpected errors are logged with an id, never shown. */
export function apiError(error: unknown): NextResponse {
  if (error instanceof AppError) {
    const message = error.code === "UNAUTHENTICATED" ? text.api.unauthenticated : error.message;
    const res = NextResponse.json({ error: { code: error.code, message, ...(error.fieldErrors ? { fields: error.fieldErrors } : {}) } }, { status: STATUS[error.code] });
    if (error.code === "UNAUTHENTICATED") res.headers.set("WWW-Authenticate", 'Bearer realm="api/v1"');
    return res;
  }
  if (error instanceof z.ZodError) {
    return NextResponse.json({ error: { code: "VALIDATION", message: text.api.badRequest, fields: Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "_", i.message])) } }, { status: 400 });
  }
  const id = randomUUID().slice(0, 8);
  console.error(`[api-error ${id}]`, error);
  return NextResponse.json({ error: { code: "UNEXPECTED", message: `Lỗi ngoài dự kiến (mã ${id}).` } }, { status: 500 });
}

type Ctx<P> = { params: Promise<P> };

// The permission of every handler made by apiRoute, so the tenancy suite can check each route against the matrix.
const routePermissions = new WeakMap<object, Permission>();

/** The permission an /api/v1 handler requires (undefined: not made by apiRoute, e.g. the public OpenAPI document). */
export function apiRoutePermission(handler: unknown): Permission | undefined {
  return typeof handler === "function" ? routePermissions.get(handler) : undefined;
}

/**
 * A route handler of /api/v1: the bearer-token choke point first (requireApiActor), then the body.
 * Returns JSON; every expected failure becomes a 4xx with {error:{code,message}}.
 */
export function apiRoute<P = Record<string, never>>(permission: Permission, body: (actor: Actor, url: URL, params: P, request: Request) => Promise<unknown>) {
  const handler = async (request: Request, ctx: Ctx<P>) => {
    try {
      const actor = await requireApiActor(request, permission);
      const data = await body(actor, new URL(request.url), (await ctx?.params) ?? ({} as P), request);
      return NextResponse.json(data, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return apiError(error);
    }
  };
  routePermissions.set(handler, permission);
  return handler;
}

// ---- Cursor pagination (keyset on the uuid v7 primary key: stable under inserts) ----

export const PageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export type PageParams = { limit: number; after: string | null };

export function pageParams(url: URL): PageParams {
  const parsed = PageSchema.safeParse({ limit: url.searchParams.get("limit") ?? undefined, cursor: url.searchParams.get("cursor") ?? undefined });
  if (!parsed.success) throw validation(text.api.badRequest, { limit: ["1..200"] });
  let after: string | null = null;
  if (parsed.data.cursor) {
    const decoded = Buffer.from(parsed.data.cursor, "base64url").toString("utf8");
    if (!isUuid(decoded)) throw validation(text.api.badRequest, { cursor: ["invalid cursor"] });
    after = decoded;
  }
  return { limit: parsed.data.limit, after };
}

/** Fetch `limit + 1` rows ordered by id; this turns them into a page with the next cursor. */
export function toPage<T extends { id: string }>(rows: T[], limit: number) {
  const more = rows.length > limit;
  const data = more ? rows.slice(0, limit) : rows;
  return { data, nextCursor: more ? Buffer.from(data[data.length - 1]!.id, "utf8").toString("base64url") : null };
}

export function intParam(url: URL, name: string, min: number, max: number): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return undefined;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw validation(text.api.badRequest, { [name]: [`${min}..${max}`] });
  return parsed;
}

export function uuidParam(url: URL, name: string): string | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return undefined;
  if (!isUuid(raw)) throw validation(text.api.badRequest, { [name]: ["uuid"] });
  return raw;
}
