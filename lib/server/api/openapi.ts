// OpenAPI 3.1 description of the data API, written by hand (served at /api/v1/openapi.json). Every route and
// method under app/api/v1 must be listed: tests/unit/api/openapi-routes.test.ts walks the route files.
import { z } from "zod";
import { SaveMonthlySchema } from "@/lib/server/monthly/schemas";

const page = (item: string) => ({
  type: "object",
  required: ["data", "nextCursor"],
  properties: { data: { type: "array", items: { $ref: `#/components/schemas/${item}` } }, nextCursor: { type: ["string", "null"], description: "Pass as ?cursor= to get the next page; null on the last page." } },
});
const one = (item: string) => ({ type: "object", required: ["data"], properties: { data: { $ref: `#/components/schemas/${item}` } } });
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const errors = {
  "400": { description: "Invalid parameter", ...json({ $ref: "#/components/schemas/Error" }) },
  "401": { description: "Missing, unknown or revoked token, or inactive user", ...json({ $ref: "#/components/schemas/Error" }) },
  "403": { description: "The user's role may not use this endpoint", ...json({ $ref: "#/components/schemas/Error" }) },
};
const notFound = { "404": { description: "Not found, or outside the user's units (never distinguished)", ...json({ $ref: "#/components/schemas/Error" }) } };
const queryParam = (name: string, schema: object, description?: string) => ({ name, in: "query", required: false, schema, ...(description ? { description } : {}) });
const paging = [queryParam("limit", { type: "integer", minimum: 1, maximum: 200, default: 50 }), queryParam("cursor", { type: "string" }, "nextCursor of the previous page")];
const filters = [
  queryParam("year", { type: "integer", minimum: 2000, maximum: 2100 }),
  queryParam("period", { type: "string", pattern: "^(year|half|m([1-9]|1[0-2]))$" }, "year, half (6-month focus period) or m1..m12"),
  queryParam("group", { type: "string", enum: ["CRIMINAL", "DRUGS", "ECONOMY_ENVIRONMENT", "OTHER"] }),
];
const idPath = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const free = { type: "object", additionalProperties: true };
/** Request bodies from the same zod schemas the routes parse, so the document cannot drift from them. */
const body = (schema: z.ZodType) => ({ required: true, ...json(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" })) });
const conflict = { "409": { description: "Changed by someone else since the version sent, or not allowed in the report's state", ...json({ $ref: "#/components/schemas/Error" }) } };

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "API dữ liệu chuyển hóa địa bàn (BCĐ 138)",
    version: "1.0.0",
    description:
      "Data API (reads, and the monthly entry of a commune). Authenticate with a personal API token (Tài khoản → Khóa API): `Authorization: Bearer <token>`. " +
      "Every answer is limited to the token owner's unit and the units below it, exactly as in the application; " +
      "records outside it answer 404. Lists are cursor-paginated. Errors: {error:{code,message}}.",
  },
  servers: [{ url: "/api/v1" }],
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: { type: "object", required: ["error"], properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string", enum: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT", "UNEXPECTED"] }, message: { type: "string" }, fields: free } } } },
      Unit: { type: "object", properties: { id: { type: "string", format: "uuid" }, code: { type: "string" }, name: { type: "string" }, level: { type: "string", enum: ["NATION", "PROVINCE", "DISTRICT", "COMMUNE"] }, kind: { type: "string" }, parentId: { type: ["string", "null"] }, provinceId: { type: ["string", "null"] }, validFrom: { type: "string", format: "date" }, validTo: { type: ["string", "null"], format: "date", description: "first day the unit no longer exists" } } },
      Indicator: { type: "object", properties: { id: { type: "string" }, provinceId: { type: "string" }, code: { type: "string" }, name: { type: "string" }, group: { type: "string" }, kind: { type: "string", enum: ["COUNT", "BOOLEAN", "RATIO", "REDUCTION", "TEXT"] }, aggregation: { type: "string", enum: ["SUM", "LAST"] }, targetComparator: { type: ["string", "null"] }, targetValue: { type: ["number", "null"] }, numeratorId: { type: ["string", "null"] }, denominatorId: { type: ["string", "null"] } } },
      MonthlyReport: { type: "object", properties: { id: { type: "string" }, communeId: { type: "string" }, year: { type: "integer" }, month: { type: "integer" }, status: { type: "string", enum: ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] }, submittedAt: { type: ["string", "null"], format: "date-time" }, reviewedAt: { type: ["string", "null"], format: "date-time" }, returnReason: { type: ["string", "null"] }, values: { type: "array", items: free } } },
      Selection: { type: "object", properties: { id: { type: "string" }, communeId: { type: "string" }, year: { type: "integer" }, hotspotTypes: { type: "array", items: { type: "string" } }, status: { type: "string" }, decision: free, plan: { type: ["object", "null"] }, reviews: { type: "array", items: { type: "object", properties: { kind: { type: "string", enum: ["INTERIM", "YEAR_END"] }, status: { type: "string" }, offTrack: { type: "boolean" } } } } } },
      Verdict: { type: "object", properties: { id: { type: "string" }, selectionId: { type: "string" }, communeId: { type: "string" }, year: { type: "integer" }, stage: { type: "string" }, verdict: { type: ["string", "null"], enum: ["PASSED", "NOT_PASSED", null] }, recommendation: { type: "string" }, decisionNumber: { type: ["string", "null"] }, decisionDate: { type: ["string", "null"] }, amendsId: { type: ["string", "null"] } } },
      Figures: { type: "object", description: "Indicator values of a unit over a period: counts summed (flows) or latest month (stocks); percentages from summed numerators and denominators; reductions vs the same months last year, like with like (only communes' months accepted in both years; `coverage` = communes covered / expected; `achieved` null while incomplete).", properties: { unit: free, year: { type: "integer" }, period: free, months: { type: "array", items: free }, indicators: { type: "array", items: { type: "object", properties: { code: { type: "string" }, value: { type: ["number", "null"] }, numerator: { type: ["number", "null"] }, denominator: { type: ["number", "null"] }, achieved: { type: ["boolean", "null"] }, coverage: { type: "object", properties: { covered: { type: "integer" }, expected: { type: "integer" } } } } } }, children: { type: "array", items: free } } },
    },
  },
  paths: {
    "/openapi.json": { get: { summary: "This document", security: [], responses: { "200": { description: "OK", ...json(free) } } } },
    "/me": { get: { summary: "The token's user and unit", responses: { "200": { description: "OK", ...json({ type: "object", properties: { data: free } }) }, ...errors } } },
    "/units": { get: { summary: "Units of the user's subtree", parameters: [...paging, queryParam("parentId", { type: "string", format: "uuid" }), queryParam("level", { type: "string", enum: ["NATION", "PROVINCE", "DISTRICT", "COMMUNE"] })], responses: { "200": { description: "OK", ...json(page("Unit")) }, ...errors } } },
    "/units/{id}": { get: { summary: "One unit", parameters: [idPath], responses: { "200": { description: "OK", ...json(one("Unit")) }, ...errors, ...notFound } } },
    "/units/{id}/figures": { get: { summary: "Indicator values of a unit (and the units below it) for a period", parameters: [idPath, ...filters], responses: { "200": { description: "OK", ...json(one("Figures")) }, ...errors, ...notFound } } },
    "/indicators": { get: { summary: "Indicator catalogue of the user's province(s)", parameters: [...paging, queryParam("provinceId", { type: "string", format: "uuid" })], responses: { "200": { description: "OK", ...json(page("Indicator")) }, ...errors, ...notFound } } },
    "/monthly-reports": {
      get: { summary: "Monthly commune reports and their review status", parameters: [...paging, queryParam("unitId", { type: "string", format: "uuid" }), queryParam("year", { type: "integer" }), queryParam("month", { type: "integer", minimum: 1, maximum: 12 }), queryParam("status", { type: "string", enum: ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] })], responses: { "200": { description: "OK", ...json(page("MonthlyReport")) }, ...errors, ...notFound } },
      post: {
        summary: "Save (or with submit: true, submit) a commune's month, as the entry form does (commune police of that commune)",
        requestBody: body(SaveMonthlySchema),
        responses: { "200": { description: "Saved", ...json({ type: "object", properties: { data: free } }) }, ...errors, ...notFound, ...conflict },
      },
    },
    "/monthly-reports/{id}": { get: { summary: "One monthly report with its values", parameters: [idPath], responses: { "200": { description: "OK", ...json(one("MonthlyReport")) }, ...errors, ...notFound } } },
    "/selections": { get: { summary: "Communes selected for transformation, with plan and review status", parameters: [...paging, queryParam("year", { type: "integer" })], responses: { "200": { description: "OK", ...json(page("Selection")) }, ...errors } } },
    "/verdicts": { get: { summary: "Verdicts (chuyển hóa đạt / chưa đạt)", parameters: [...paging, queryParam("year", { type: "integer" })], responses: { "200": { description: "OK", ...json(page("Verdict")) }, ...errors } } },
    "/dashboard/home": { get: { summary: "Province home figures (cap, pipeline, targets, reporting, at risk)", parameters: [queryParam("unitId", { type: "string", format: "uuid" }), ...filters], responses: { "200": { description: "OK", ...json({ type: "object", properties: { data: free } }) }, ...errors, ...notFound } } },
    "/dashboard/trends": { get: { summary: "Month-by-month key figures of a criteria group, this year vs last year", parameters: [queryParam("unitId", { type: "string", format: "uuid" }), ...filters], responses: { "200": { description: "OK", ...json({ type: "object", properties: { data: free } }) }, ...errors, ...notFound } } },
    "/dashboard/ranking": { get: { summary: "Units and selected communes ranked by indicators achieved", parameters: [queryParam("unitId", { type: "string", format: "uuid" }), ...filters], responses: { "200": { description: "OK", ...json({ type: "object", properties: { data: free } }) }, ...errors, ...notFound } } },
    "/dashboard/map": { get: { summary: "Tiles of the schematic map with their status", parameters: [queryParam("unitId", { type: "string", format: "uuid" }), queryParam("year", { type: "integer" })], responses: { "200": { description: "OK", ...json({ type: "object", properties: { data: free } }) }, ...errors, ...notFound } } },
  },
} as const;
