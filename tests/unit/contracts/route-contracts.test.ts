// Issue #16 §1: every route handler has a contract (lib/contracts/routes.ts), and the OpenAPI document is generated
// from the /api/v1 ones. Issue #13 case 10: /api/v1/openapi.json once listed only GET operations although
// POST /api/v1/monthly-reports existed; the document must list exactly the routes and methods of app/api/v1.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_CONTRACTS } from "@/lib/contracts/routes";
import { openApiDocument, PUBLIC_API_CONTRACTS } from "@/lib/server/api/openapi";

const API_ROOT = path.resolve(import.meta.dirname, "../../../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// next-auth's own handler and the catch-all JSON 404 are not operations of ours.
const NOT_OPERATIONS = ["/api/auth/{...nextauth}", "/api/{...missing}"];

/** "METHOD /api/path" of every handler exported by a route file, with [param] written {param} as in OpenAPI. */
function servedOperations(): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(API_ROOT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "route.ts") continue;
    const folder = path.relative(API_ROOT, entry.parentPath).split(path.sep).join("/");
    const route = `/api/${folder}`.replace(/\[([.\w]+)\]/g, "{$1}");
    if (NOT_OPERATIONS.includes(route)) continue;
    const source = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    for (const m of METHODS) {
      const exported = new RegExp(`export\\s+(const\\s+${m}\\b|(async\\s+)?function\\s+${m}\\b)`);
      if (exported.test(source)) out.push(`${m} ${route}`);
    }
  }
  return out.sort();
}

const contracted = () => ROUTE_CONTRACTS.map((c) => `${c.method} ${c.path}`).sort();

function documentedOperations(): string[] {
  return Object.entries(openApiDocument.paths as Record<string, Record<string, unknown>>)
    .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} /api/v1${p}`))
    .sort();
}

describe("route contracts", () => {
  it("finds the route files (the walk works)", () => {
    expect(servedOperations()).toContain("POST /api/v1/monthly-reports");
    expect(servedOperations()).toContain("GET /api/v1/units/{id}/figures");
    expect(servedOperations()).toContain("POST /api/programme/attachments");
  });

  it("every route file's method has a contract, and every contract a route file", () => {
    expect(contracted()).toEqual(servedOperations());
  });

  it("one contract per method and path", () => {
    expect(new Set(contracted()).size).toBe(ROUTE_CONTRACTS.length);
  });

  it("the /api/v1 routes take a bearer token (the document itself: none), the others the session", () => {
    for (const c of ROUTE_CONTRACTS) {
      const isPublic = c.path === "/api/v1/openapi.json" || c.path === "/api/health";
      const expected = isPublic ? "public" : c.path.startsWith("/api/v1/") ? "bearer" : "session";
      expect(c.auth, c.path).toBe(expected);
      if (c.auth === "bearer") expect(c.permission, c.path).not.toBeNull();
    }
  });
});

describe("OpenAPI document generated from the contracts", () => {
  it("lists every /api/v1 contract, and the routes and methods the API serves, and nothing else", () => {
    const v1 = servedOperations().filter((op) => op.includes(" /api/v1/"));
    expect(PUBLIC_API_CONTRACTS.map((c) => `${c.method} ${c.path}`).sort()).toEqual(v1);
    expect(documentedOperations()).toEqual(v1);
  });

  it("keeps the session routes (uploads, downloads) out: they are internal", () => {
    expect(Object.keys(openApiDocument.paths).filter((p) => /attachments|docx|xlsx|health/.test(p))).toEqual([]);
  });

  it("POST /monthly-reports documents its body from the zod schema the route parses", () => {
    type BodySchema = { properties: Record<string, unknown>; required: string[] };
    type Post = { post: { requestBody: { content: { "application/json": { schema: BodySchema } } } } };
    const post = (openApiDocument.paths["/monthly-reports"] as unknown as Post).post;
    const schema = post.requestBody.content["application/json"].schema;
    const fields = ["communeId", "month", "submit", "values", "version", "year"];
    expect(Object.keys(schema.properties).sort()).toEqual(fields);
    expect(schema.required).toEqual(expect.arrayContaining(["communeId", "year", "month", "version", "values"]));
  });

  it("documents each query parameter from the contract (a paged list: limit and cursor)", () => {
    type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown> };
    type Get = { get: { parameters: Parameter[] } };
    const units = (openApiDocument.paths["/units"] as unknown as Get).get.parameters;
    const names = units.map((p) => `${p.in}:${p.name}`);
    expect(names).toEqual(["query:limit", "query:cursor", "query:parentId", "query:level"]);
    const limit = units.find((p) => p.name === "limit");
    const range = { type: "integer", minimum: 1, maximum: 200, default: 50 };
    expect(limit).toMatchObject({ required: false, schema: range });
    const one = (openApiDocument.paths["/units/{id}"] as unknown as Get).get.parameters;
    expect(one).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
  });

  it("keeps the document's information and renames the token", () => {
    expect(openApiDocument.info.description).toContain("Mã truy cập API");
    expect(openApiDocument.info.description).not.toContain("Khóa API");
    expect(openApiDocument.components.securitySchemes.bearer).toEqual({ type: "http", scheme: "bearer" });
  });
});
