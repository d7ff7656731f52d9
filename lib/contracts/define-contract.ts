import type { z } from "zod";
import type { Permission } from "@/lib/authz/permissions";

// The contract of one operation (issue #16 §1): what it takes, what it returns, who may call it, in one line what it
// does. Client-safe (zod and types only), so a form validates with the very schema its action checks on the server.
// Read by `defineAction`, `apiRoute`, `sessionRoute`, the forms (zodResolver), the security suites and the OpenAPI
// document, so none of them can drift from the others.

/** A server action's contract. `permission` null: any signed-in account (sign-out, own password). */
export type ActionContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  kind: "action";
  summary: string;
  permission: Permission | null;
  input: I;
  output: O;
  /** Still allowed while the account must change its password (the change itself, sign-out). */
  beforePasswordChange?: boolean;
};

/** The contract of a server action (see ActionContract). */
export function defineContract<I extends z.ZodType, O extends z.ZodType>(
  contract: Omit<ActionContract<I, O>, "kind">,
): ActionContract<I, O> {
  return { kind: "action", ...contract };
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Refusals a route documents beyond 400/401/403 (which every authenticated route may answer). */
export type RouteRefusal = "NOT_FOUND" | "CONFLICT" | "TOO_LARGE";

/**
 * A route handler's contract. `path` as in OpenAPI ("/api/v1/units/{id}"), the route file's folder with [id] → {id}.
 * `auth`: "bearer" (the data API, /api/v1, public OpenAPI), "session" (the app's own cookie routes: uploads and
 * downloads, internal), "public" (no sign-in). `permission` null with auth "session": any signed-in account, or one
 * the body chooses (`permissionNote` says which). `output`: the JSON body of a 2xx; null for a file download
 * (`produces` names its media type).
 */
export type ApiContract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  O extends z.ZodType | null = z.ZodType | null,
> = {
  kind: "api";
  method: HttpMethod;
  path: string;
  auth: "bearer" | "session" | "public";
  summary: string;
  description?: string;
  permission: Permission | null;
  permissionNote?: string;
  params?: P;
  query?: Q;
  /** A JSON body. */
  body?: B;
  /** The fields of a multipart/form-data body besides the file (session uploads). */
  form?: z.ZodType;
  output: O;
  produces?: string;
  refusals?: RouteRefusal[];
};

/** The contract of a route handler (see ApiContract). */
export function defineApiContract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  O extends z.ZodType | null = null,
>(contract: Omit<ApiContract<P, Q, B, O>, "kind">): ApiContract<P, Q, B, O> {
  return { kind: "api", ...contract };
}

/** True for a value made by `defineContract` (the suites look contracts up among a module's exports). */
export const isActionContract = (value: unknown): value is ActionContract =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "action";
