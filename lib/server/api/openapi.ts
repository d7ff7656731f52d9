// OpenAPI 3.1 description of the data API (served at /api/v1/openapi.json), GENERATED from the route contracts
// (lib/contracts/routes.ts, auth "bearer" and the document itself) with zod's JSON Schema output: a route cannot
// be missing from it, nor its parameters differ from what the route parses. The session routes (uploads, downloads
// of the app's own pages) have contracts too but are internal, so they are not listed here.
import { z } from "zod";
import type { ApiContract } from "@/lib/contracts/define-contract";
import { ROUTE_CONTRACTS } from "@/lib/contracts/routes";

const API_PREFIX = "/api/v1";
type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a zod schema as a request ("input": before defaults and transforms) or a response sees it. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      // Dates leave the API as ISO strings (JSON).
      if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" });
      // A response may carry more than its contract lists (outputs are checked, never stripped).
      if (io === "output" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

const json = (schema: object) => ({ content: { "application/json": { schema } } });
const errorRef = json({ $ref: "#/components/schemas/Error" });

/** The parameters of an object schema's fields (path: all required; query: as the schema says). */
function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, field]) => {
    const { description, ...rest } = field;
    return {
      name,
      in: where,
      required: where === "path" || (object.required ?? []).includes(name),
      schema: rest,
      ...(description ? { description } : {}),
    };
  });
}

function responses(contract: ApiContract) {
  const ok = { "200": { description: "OK", ...(contract.output ? json(jsonSchema(contract.output, "output")) : {}) } };
  if (contract.auth === "public") return ok;
  const refusals = contract.refusals ?? [];
  return {
    ...ok,
    "400": { description: "Invalid parameter or body", ...errorRef },
    "401": { description: "Missing, unknown, expired or revoked token, or inactive user", ...errorRef },
    "403": { description: "The user's role may not use this endpoint", ...errorRef },
    ...(refusals.includes("NOT_FOUND")
      ? { "404": { description: "Not found, or outside the user's units (never distinguished)", ...errorRef } }
      : {}),
    ...(refusals.includes("CONFLICT")
      ? { "409": { description: "Changed by someone else since the version sent, or not allowed now", ...errorRef } }
      : {}),
  };
}

function operation(contract: ApiContract) {
  const permission = contract.permission ? `Permission: \`${contract.permission}\`.` : "";
  const description = [contract.description, permission].filter(Boolean).join(" ");
  return {
    summary: contract.summary,
    ...(description ? { description } : {}),
    ...(contract.auth === "public" ? { security: [] } : {}),
    parameters: [...parameters(contract.params, "path"), ...parameters(contract.query, "query")],
    ...(contract.body ? { requestBody: { required: true, ...json(jsonSchema(contract.body, "input")) } } : {}),
    responses: responses(contract),
  };
}

/** The contracts the public document describes: every route under /api/v1. */
export const PUBLIC_API_CONTRACTS = ROUTE_CONTRACTS.filter((c) => c.path.startsWith(`${API_PREFIX}/`));

function paths() {
  const out: Record<string, Record<string, ReturnType<typeof operation>>> = {};
  for (const contract of PUBLIC_API_CONTRACTS) {
    const path = contract.path.slice(API_PREFIX.length);
    (out[path] ??= {})[contract.method.toLowerCase()] = operation(contract);
  }
  return out;
}

const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT", "UNEXPECTED"]),
    message: z.string(),
    fields: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "API dữ liệu chuyển hóa địa bàn (BCĐ 138)",
    version: "1.0.0",
    description:
      "Data API (reads, and the monthly entry of a commune). Authenticate with a personal API token " +
      "(Tài khoản → Mã truy cập API): `Authorization: Bearer <token>`. " +
      "Every answer is limited to the token owner's unit and the units below it, exactly as in the application; " +
      "records outside it answer 404. Lists are cursor-paginated. Errors: {error:{code,message}}.",
  },
  servers: [{ url: API_PREFIX }],
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: { Error: jsonSchema(ErrorSchema, "output") },
  },
  paths: paths(),
};
