// Issue #13 case 10: /api/v1/openapi.json listed only GET operations although POST /api/v1/monthly-reports
// exists. The document must list exactly the routes and methods that app/api/v1/**/route.ts export.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/server/api/openapi";

const ROOT = path.resolve(import.meta.dirname, "../../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** "METHOD /path" of every handler exported by a route file, with [param] written {param} as in OpenAPI. */
function servedOperations(): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(ROOT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "route.ts") continue;
    const file = path.join(entry.parentPath, entry.name);
    const route = "/" + path.relative(ROOT, entry.parentPath).split(path.sep).join("/").replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(file, "utf8");
    for (const m of METHODS) {
      if (new RegExp(`export\\s+(const\\s+${m}\\b|(async\\s+)?function\\s+${m}\\b)`).test(source)) out.push(`${m} ${route}`);
    }
  }
  return out.sort();
}

function documentedOperations(): string[] {
  return Object.entries(openApiDocument.paths as Record<string, Record<string, unknown>>)
    .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
}

describe("OpenAPI document vs the route files", () => {
  it("finds the route files (the walk works)", () => {
    expect(servedOperations()).toContain("POST /monthly-reports");
    expect(servedOperations()).toContain("GET /units/{id}/figures");
  });
  it("lists every route and method the API serves, and nothing it does not", () => {
    expect(documentedOperations()).toEqual(servedOperations());
  });
  it("POST /monthly-reports documents its body from the zod schema the route parses", () => {
    const post = (openApiDocument.paths["/monthly-reports"] as { post: { requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown>; required: string[] } } } } } }).post;
    const schema = post.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties).sort()).toEqual(["communeId", "month", "submit", "values", "version", "year"]);
    expect(schema.required).toEqual(expect.arrayContaining(["communeId", "year", "month", "version", "values"]));
  });
});
